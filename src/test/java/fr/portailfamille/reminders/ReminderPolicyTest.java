package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static DueReminder due(long household, String subject) {
        return new DueReminder(household, subject, "Rappel", "Texte");
    }

    @Test
    void everyDueReminderIsSentWhenNothingWasSentAndNobodySwitchedItOff() {
        var out = ReminderPolicy.toSend(List.of(due(1, "period-7"), due(2, "period-7")), Set.of(), Set.of());
        assertThat(out).extracting(DueReminder::householdId).containsExactly(1L, 2L);
    }

    @Test
    void aHouseholdThatSwitchedTheKindOffGetsNothing() {
        var out = ReminderPolicy.toSend(List.of(due(1, "period-7"), due(2, "period-7")), Set.of(2L), Set.of());
        assertThat(out).extracting(DueReminder::householdId).containsExactly(1L);
    }

    @Test
    void aReminderAlreadySentIsNotSentAgainButAnotherSubjectIs() {
        var out = ReminderPolicy.toSend(List.of(due(1, "period-7"), due(1, "period-8")), Set.of(),
                Set.of(new ReminderPolicy.Sent(1, "period-7")));
        assertThat(out).extracting(DueReminder::subject).containsExactly("period-8");
    }

    @Test
    void theSameReminderListedTwiceGoesOutOnce() {
        // two children of one household enrolled in the same period: one reminder
        var out = ReminderPolicy.toSend(List.of(due(1, "period-7"), due(1, "period-7")), Set.of(), Set.of());
        assertThat(out).hasSize(1);
    }
}
