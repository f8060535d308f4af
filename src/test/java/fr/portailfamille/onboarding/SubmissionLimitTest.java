package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionLimitTest {

    @Test
    void fiveRequestsAnHourFromOneAddressThreeADayForOneEmail() {
        assertThat(SubmissionLimit.judge(0, 0)).isEqualTo(SubmissionLimit.Verdict.ALLOWED);
        assertThat(SubmissionLimit.judge(4, 2)).isEqualTo(SubmissionLimit.Verdict.ALLOWED);
        assertThat(SubmissionLimit.judge(5, 0)).isEqualTo(SubmissionLimit.Verdict.TOO_MANY_FROM_ADDRESS);
        assertThat(SubmissionLimit.judge(0, 3)).isEqualTo(SubmissionLimit.Verdict.TOO_MANY_FOR_EMAIL);
        assertThat(SubmissionLimit.judge(9, 9)).isEqualTo(SubmissionLimit.Verdict.TOO_MANY_FROM_ADDRESS);
    }
}
