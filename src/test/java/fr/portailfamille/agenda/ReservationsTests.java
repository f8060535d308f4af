package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class ReservationsTests {

    @Autowired Reservations reservations;
    @Autowired TestClock clock;
    @Autowired Requests requests;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Fixtures fixtures;
    @Autowired ReservationStore store;
    @Autowired ApplicationEvents events;
    AgendaTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(activities, enrolments, fixtures);
    }

    @Test
    void aRequestHoldsAPlaceUntilAnAgentAcceptsItThenItIsEffective() {
        var setup = support.activity("Validée", 3, true);
        var family = support.enrolledFamily("Valide", setup);
        LocalDate day = support.bookableDay(10);

        var result = reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day));
        assertThat(result).singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.RETAINED);
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
        assertThat(cell(family, setup, day).state()).isEqualTo(DayState.REQUESTED);

        var request = requests.ofHousehold(family.householdId(), RequestStatus.PENDING).get(0);
        assertThat(request.kind()).isEqualTo("agenda.reservation");
        requests.accept(request.id(), "demo.agent", null);
        assertThat(cell(family, setup, day).state()).isEqualTo(DayState.RESERVED);
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
    }

    @Test
    void withoutValidationADayIsReservedAtOnce() {
        var setup = support.activity("Directe", 3, false);
        var family = support.enrolledFamily("Directe", setup);
        LocalDate day = support.bookableDay(11);
        assertThat(reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day)))
                .singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.RESERVED);
        assertThat(requests.ofHousehold(family.householdId(), RequestStatus.PENDING)).isEmpty();
    }

    @Test
    void whenFullRequestsQueueInOrderAndARefusalPromotesTheFirstInLine() {
        var setup = support.activity("Attente", 1, true);
        var holder = support.enrolledFamily("Premier", setup);
        var second = support.enrolledFamily("Deuxieme", setup);
        var third = support.enrolledFamily("Troisieme", setup);
        LocalDate day = support.bookableDay(12);

        ask(holder, setup, day);
        var secondAsked = ask(second, setup, day);
        assertThat(secondAsked).as("the rank is counted when the page is shown, not in the write transaction")
                .isEqualTo(new AskResult(day, AskResult.Outcome.WAITING, DayState.WAITING, 0));
        var thirdAsked = ask(third, setup, day);
        assertThat(reservations.ranked(second.householdId(), second.childId(), setup.activityId(), List.of(secondAsked)))
                .singleElement().extracting(AskResult::position).isEqualTo(1);
        assertThat(reservations.ranked(third.householdId(), third.childId(), setup.activityId(), List.of(thirdAsked)))
                .singleElement().extracting(AskResult::position).isEqualTo(2);
        assertThat(cell(third, setup, day).position()).isEqualTo(2);

        var request = requests.ofHousehold(holder.householdId(), RequestStatus.PENDING).get(0);
        requests.refuse(request.id(), "demo.agent", "Complet pour les plus grands");

        assertThat(cell(holder, setup, day).state()).as("refused, and the day is full again").isEqualTo(DayState.FULL);
        assertThat(cell(second, setup, day).state()).isEqualTo(DayState.REQUESTED);
        assertThat(cell(third, setup, day).position()).isEqualTo(1);
        assertThat(reservations.ranked(third.householdId(), third.childId(), setup.activityId(), List.of(thirdAsked)))
                .singleElement().extracting(AskResult::position).isEqualTo(1);
        assertThat(reservations.ranked(second.householdId(), second.childId(), setup.activityId(), List.of(secondAsked)))
                .as("promoted: no longer on the list, no rank").singleElement()
                .extracting(AskResult::messageKey).isEqualTo("ask-outcome.WAITING.unranked");
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
        assertThat(events.stream(WaitingListPromoted.class))
                .anyMatch(e -> e.childId() == second.childId() && e.day().equals(day));
        // the promoted child has its own request to validate
        assertThat(requests.ofHousehold(second.householdId(), RequestStatus.PENDING)).hasSize(1);
        // the dashboard's « listes d'attente qui ont bougé » counts it from now on
        assertThat(reservations.promotedSince(clock.instant().minusSeconds(60)))
                .anyMatch(m -> m.activityId() == setup.activityId() && m.promoted() == 1 && m.firstDay().equals(day));
    }

    @Test
    void cancellingAnEffectiveDayFreesItsPlaceForTheWaitingList() {
        var setup = support.activity("Annulation", 1, false);
        var holder = support.enrolledFamily("Tenant", setup);
        var waiting = support.enrolledFamily("Suivant", setup);
        LocalDate day = support.bookableDay(13);
        ask(holder, setup, day);
        ask(waiting, setup, day);
        var cancelled = reservations.cancel(holder.householdId(), holder.childId(), setup.activityId(), List.of(day));
        assertThat(cancelled).singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.CANCELLED);
        assertThat(cell(waiting, setup, day).state()).isEqualTo(DayState.RESERVED);
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
    }

    @Test
    void withdrawingAPendingRequestFreesThePlace() {
        var setup = support.activity("Retrait", 2, true);
        var family = support.enrolledFamily("Retrait", setup);
        LocalDate day = support.bookableDay(14);
        ask(family, setup, day);
        reservations.cancel(family.householdId(), family.childId(), setup.activityId(), List.of(day));
        assertThat(store.taken(setup.activityId(), day)).isZero();
        assertThat(requests.ofHousehold(family.householdId(), RequestStatus.WITHDRAWN)).hasSize(1);
    }

    @Test
    void theServerRefusesDeadlinePassedNotEnrolledAndTooYoung() {
        var setup = support.activity("Regles", 5, true);
        var family = support.enrolledFamily("Regles", setup);
        var notEnrolled = fixtures.family("NonInscrit", clock.today().minusYears(8));
        var tooYoung = fixtures.family("Bebe", clock.today().minusYears(2));
        enrolments.enrolDirectly(tooYoung.householdId(), tooYoung.childId(), setup.activityId(), setup.periodId());
        LocalDate tomorrow = clock.today().plusDays(1);
        LocalDate later = support.bookableDay(15);

        assertThat(ask(family, setup, tomorrow).state()).isEqualTo(DayState.DEADLINE);
        assertThat(ask(notEnrolled, setup, later).state()).isEqualTo(DayState.NOT_ENROLLED);
        assertThat(ask(tooYoung, setup, later).state()).isEqualTo(DayState.AGE);
        assertThat(store.taken(setup.activityId(), later)).isZero();
        // asking twice the same day does not take a second place
        ask(family, setup, later);
        assertThat(ask(family, setup, later).state()).isEqualTo(DayState.REQUESTED);
        assertThat(store.taken(setup.activityId(), later)).isEqualTo(1);
    }

    @Test
    void anotherFamilysChildIsNotFound() {
        var setup = support.activity("Acces", 5, true);
        var mine = support.enrolledFamily("Mienne", setup);
        var other = support.enrolledFamily("Autre", setup);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reservations.ask(mine.householdId(), other.childId(),
                setup.activityId(), List.of(support.bookableDay(10))))
                .isInstanceOf(fr.portailfamille.shared.NotFoundException.class);
    }

    private AskResult ask(Fixtures.TestFamily family, AgendaTestSupport.Setup setup, LocalDate day) {
        return reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day)).get(0);
    }

    private DayCell cell(Fixtures.TestFamily family, AgendaTestSupport.Setup setup, LocalDate day) {
        return reservations.month(family.householdId(), family.childId(), setup.activityId(), YearMonth.from(day))
                .weeks().stream().flatMap(List::stream).filter(c -> c.day().equals(day)).findFirst().orElseThrow();
    }
}
