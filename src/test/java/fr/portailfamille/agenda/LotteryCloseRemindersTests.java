package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder before a lottery window closes: to enrolled families that asked nothing, only near the close. */
@PortalTest
class LotteryCloseRemindersTests {

    @Autowired Reservations reservations;
    @Autowired BookingWindows windows;
    @Autowired LotteryCloseReminders reminders;
    @Autowired TestClock clock;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Fixtures fixtures;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void familiesThatAskedNothingAreRemindedTheDayBeforeTheClose() {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Tirage rappel", 2, false);
        var now = LocalDateTime.now(clock);
        assertThat(windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.LOTTERY,
                now.minusHours(1), now.plusDays(2), now.plusDays(3), LotteryRules.DEFAULT))).isEmpty();
        var asked = support.enrolledFamily("RappelDemande", setup);
        var silent = support.enrolledFamily("RappelSilence", setup);
        reservations.ask(asked.householdId(), asked.childId(), setup.activityId(), List.of(support.bookableDay(10)));

        assertThat(reminders.due(fixtures.today(), 1)).as("two days before the close")
                .noneMatch(r -> r.householdId() == silent.householdId());

        clock.advance(java.time.Duration.ofHours(30)); // 18 hours before the close
        var due = reminders.due(fixtures.today(), 1);
        assertThat(due).anyMatch(r -> r.householdId() == silent.householdId()
                && r.mailText().contains("L'heure de votre demande ne compte pas"));
        assertThat(due).noneMatch(r -> r.householdId() == asked.householdId());

        clock.advance(java.time.Duration.ofHours(20)); // closed
        assertThat(reminders.due(fixtures.today(), 1)).noneMatch(r -> r.householdId() == silent.householdId());
    }
}
