package fr.portailfamille.agenda;

/**
 * Policy: what a day governed by a lottery window shows, from the day's ordinary verdict. A day the child could
 * ask (open or full) becomes « demandes à partir du … » before the window, « tirage au sort » during it and
 * « attribution en cours » after it; a day with a request recorded shows it (withdrawable until the close).
 * A day the child cannot ask for another reason (closed, not enrolled, age) or already holds keeps its verdict.
 */
final class DrawDayStates {

    private DrawDayStates() {
    }

    static DayStates.Verdict of(DayStates.Verdict ordinary, BookingWindow.Phase phase, boolean asked) {
        if (asked) {
            return new DayStates.Verdict(DayState.DRAW_ASKED, phase == BookingWindow.Phase.OPEN);
        }
        if (!ordinary.state().requestable()) {
            return ordinary;
        }
        return new DayStates.Verdict(switch (phase) {
            case COMING -> DayState.DRAW_SOON;
            case OPEN -> DayState.DRAW_OPEN;
            case CLOSED -> DayState.DRAW_CLOSED;
            case ALLOCATED -> ordinary.state();
        }, false);
    }
}
