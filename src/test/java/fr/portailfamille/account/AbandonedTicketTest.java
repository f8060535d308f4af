package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AbandonedTicketTest {

    private final Instant created = Instant.parse("2026-12-01T07:30:00Z");

    @Test
    void aTicketThisInstanceStillHoldsIsNeverGivenUpHoweverLongTheLine() {
        assertThat(AbandonedTicket.abandoned(created, true, created.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void aTicketHeldElsewhereIsGivenUpOnlyAfterTheLimit() {
        assertThat(AbandonedTicket.abandoned(created, false, created.plus(AbandonedTicket.LIMIT))).isFalse();
        assertThat(AbandonedTicket.abandoned(created, false, created.plus(AbandonedTicket.LIMIT).plusSeconds(1)))
                .isTrue();
    }
}
