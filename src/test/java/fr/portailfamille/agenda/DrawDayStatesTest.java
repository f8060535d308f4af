package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawDayStatesTest {

    static final DayStates.Verdict OPEN = new DayStates.Verdict(DayState.OPEN, false);
    static final DayStates.Verdict FULL = new DayStates.Verdict(DayState.FULL, false);
    static final DayStates.Verdict NOT_ENROLLED = new DayStates.Verdict(DayState.NOT_ENROLLED, false);

    @Test
    void aDayTheChildCouldAskFollowsTheWindow() {
        assertThat(DrawDayStates.of(OPEN, BookingWindow.Phase.COMING, false).state()).isEqualTo(DayState.DRAW_SOON);
        assertThat(DrawDayStates.of(FULL, BookingWindow.Phase.OPEN, false).state()).isEqualTo(DayState.DRAW_OPEN);
        assertThat(DrawDayStates.of(OPEN, BookingWindow.Phase.CLOSED, false).state()).isEqualTo(DayState.DRAW_CLOSED);
        assertThat(DayState.DRAW_OPEN.requestable()).isTrue();
        assertThat(DayState.DRAW_SOON.requestable()).isFalse();
        assertThat(DayState.DRAW_CLOSED.requestable()).isFalse();
    }

    @Test
    void aRecordedRequestIsWithdrawableOnlyWhileTheWindowIsOpen() {
        var open = DrawDayStates.of(OPEN, BookingWindow.Phase.OPEN, true);
        assertThat(open.state()).isEqualTo(DayState.DRAW_ASKED);
        assertThat(open.cancellable()).isTrue();
        var closed = DrawDayStates.of(OPEN, BookingWindow.Phase.CLOSED, true);
        assertThat(closed.state()).isEqualTo(DayState.DRAW_ASKED);
        assertThat(closed.cancellable()).isFalse();
        assertThat(DayState.DRAW_ASKED.booked()).isTrue();
    }

    @Test
    void aDayTheChildCannotAskKeepsItsReason() {
        assertThat(DrawDayStates.of(NOT_ENROLLED, BookingWindow.Phase.OPEN, false)).isEqualTo(NOT_ENROLLED);
        var reserved = new DayStates.Verdict(DayState.RESERVED, true);
        assertThat(DrawDayStates.of(reserved, BookingWindow.Phase.OPEN, false)).isEqualTo(reserved);
    }
}
