package fr.portailfamille.retention;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymisationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final AnonymisationPolicy policy = new AnonymisationPolicy(3, 10);

    private static AnonymisationPolicy.Standing standing(long owedCents, LocalDate lastInvoice, LocalDate lastActivity) {
        return new AnonymisationPolicy.Standing(Money.ofCents(owedCents), lastInvoice, lastActivity);
    }

    @Test
    void anAgentIsRefusedWhileMoneyIsOwedWithTheAmount() {
        var decision = policy.onRequest(standing(15870, TODAY.minusMonths(2), TODAY));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.refusalKey()).isEqualTo("retention.refused.owed");
        assertThat(decision.arguments()).containsExactly("158,70\u00a0€");
    }

    @Test
    void anAgentMayAnonymiseARecentlyActiveFamilyThatOwesNothing() {
        assertThat(policy.onRequest(standing(0, TODAY.minusMonths(1), TODAY)).allowed()).isTrue();
        // a credit (negative balance) is not a debt
        assertThat(policy.onRequest(standing(-500, null, TODAY)).allowed()).isTrue();
    }

    @Test
    void theJobWaitsForTheAccountingRetentionOfTheLatestInvoice() {
        var recent = policy.automatically(standing(0, TODAY.minusYears(10).plusDays(1), TODAY.minusYears(5)), TODAY);
        assertThat(recent.refusalKey()).isEqualTo("retention.refused.recent-invoice");
        assertThat(recent.arguments()).containsExactly("01/12/2026");
        // the day the invoice turns ten years old it is still kept; the day after, it no longer holds the household
        assertThat(policy.automatically(standing(0, TODAY.minusYears(10), TODAY.minusYears(5)), TODAY).allowed())
                .isFalse();
        assertThat(policy.automatically(standing(0, TODAY.minusYears(10).minusDays(1), TODAY.minusYears(5)), TODAY)
                .allowed()).isTrue();
    }

    @Test
    void theJobWaitsForTheInactivityPeriod() {
        var active = policy.automatically(standing(0, null, TODAY.minusYears(3)), TODAY);
        assertThat(active.refusalKey()).isEqualTo("retention.refused.active");
        assertThat(policy.automatically(standing(0, null, TODAY.minusYears(3).minusDays(1)), TODAY).allowed())
                .isTrue();
    }

    @Test
    void theJobNeverAnonymisesAFamilyThatOwesMoneyHoweverOld() {
        var decision = policy.automatically(standing(100, TODAY.minusYears(20), TODAY.minusYears(20)), TODAY);
        assertThat(decision.refusalKey()).isEqualTo("retention.refused.owed");
    }
}
