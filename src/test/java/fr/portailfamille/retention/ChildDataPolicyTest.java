package fr.portailfamille.retention;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildDataPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final ChildDataPolicy policy = new ChildDataPolicy(3);

    @Test
    void aChildHasLeftThreeYearsAfterTheLastEnrolledDay() {
        LocalDate old = LocalDate.of(2015, 1, 1);
        assertThat(policy.left(TODAY.minusYears(3), old, TODAY)).isFalse();
        assertThat(policy.left(TODAY.minusYears(3).minusDays(1), old, TODAY)).isTrue();
    }

    @Test
    void aRecentEnrolmentKeepsTheDataWhateverTheRecordsAge() {
        assertThat(policy.left(TODAY.plusMonths(6), LocalDate.of(2010, 1, 1), TODAY)).isFalse();
    }

    @Test
    void aChildNeverEnrolledCountsFromTheRecordsCreation() {
        assertThat(policy.left(null, TODAY.minusYears(4), TODAY)).isTrue();
        assertThat(policy.left(null, TODAY.minusYears(1), TODAY)).isFalse();
    }
}
