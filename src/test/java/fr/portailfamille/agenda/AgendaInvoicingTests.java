package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.billing.BillingUnit;
import fr.portailfamille.billing.Invoicing;
import fr.portailfamille.billing.Statements;
import fr.portailfamille.billing.Tariffs;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agenda feeds billing's monthly invoicing: what is effective or billable is invoiced once, nothing else.
 * The suite's clock is moved to February–March 2033, a month no other test reserves nor invoices in.
 */
@PortalTest
class AgendaInvoicingTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final YearMonth MARCH = YearMonth.of(2033, 3);

    @Autowired TestClock clock;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Absences absences;
    @Autowired Requests requests;
    @Autowired ReservationStore store;
    @Autowired Fixtures fixtures;
    @Autowired Tariffs tariffs;
    @Autowired Invoicing invoicing;
    @Autowired Statements statements;
    @Autowired JdbcClient jdbc;
    private final Map<Long, Long> periods = new HashMap<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void moveClockTo(LocalDateTime paris) {
        clock.advance(Duration.between(clock.instant(), paris.atZone(PARIS).toInstant()));
    }

    /** An activity open every day of March 2033, J-2 at noon for bookings and cancellations, priced 20 € a day. */
    private long activity(String name, int capacity, boolean validation) {
        long id = activities.create(new ActivitySettings(name, ActivityKind.ACCUEIL_LOISIRS, 4, 13, capacity,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                true, validation));
        long period = activities.addPeriod(id, "Mars 2033", MARCH.atDay(1), MARCH.atEndOfMonth(),
                EnumSet.allOf(DayOfWeek.class));
        String code = activities.get(id).code();
        tariffs.brackets().forEach(b -> tariffs.savePrice(code, BillingUnit.DAY, b.id(), 2000, 2500));
        this.periods.put(id, period);
        return id;
    }

    private Fixtures.TestFamily enrolled(String name, long... activityIds) {
        var family = fixtures.family(name, LocalDate.of(2025, 1, 1)); // 8 in 2033
        for (long a : activityIds) {
            enrolments.enrolDirectly(family.householdId(), family.childId(), a, periods.get(a));
        }
        return family;
    }

    private long requestOf(Fixtures.TestFamily f, long activity, LocalDate day) {
        return store.find(f.childId(), activity, day).orElseThrow().requestId();
    }

    private List<String> invoicedDays(long childId) {
        return jdbc.sql("""
                SELECT activity_code || ' ' || unit || ' ' || CAST(served_on AS VARCHAR(10)) FROM invoiced_day
                 WHERE child_id = :c ORDER BY served_on""").param("c", childId).query(String.class).list();
    }

    @Test
    void effectiveDaysAndLateAbsencesAreInvoicedOnceAndNothingElse() {
        moveClockTo(LocalDateTime.of(2033, 2, 25, 9, 0));
        long direct = activity("Facturation directe", 1, false);
        long validated = activity("Facturation validée", 5, true);
        String directCode = activities.get(direct).code();
        String validatedCode = activities.get(validated).code();
        var family = enrolled("Facturée", direct, validated);
        var waiting = enrolled("EnAttente", direct);
        long hh = family.householdId();
        long child = family.childId();

        // direct activity: 7, 8, 9, 10 and 11 March effective at once; the 8th full, so the other family waits
        reservations.ask(hh, child, direct, List.of(MARCH.atDay(7), MARCH.atDay(8), MARCH.atDay(9), MARCH.atDay(10),
                MARCH.atDay(11)));
        assertThat(reservations.ask(waiting.householdId(), waiting.childId(), direct, List.of(MARCH.atDay(8))))
                .singleElement().extracting(AskResult::outcome).isEqualTo(AskResult.Outcome.WAITING);
        // the 9th freed by an absence declared before the cancellation deadline
        assertThat(absences.declare(hh, child, MARCH.atDay(9), MARCH.atDay(9), AbsenceReason.PERSONAL, null, null)
                .freedDays()).isEqualTo(1);

        // validated activity: 14 refused, 15 withdrawn by the family, 16 accepted, 17 still pending
        reservations.ask(hh, child, validated, List.of(MARCH.atDay(14), MARCH.atDay(15), MARCH.atDay(16),
                MARCH.atDay(17)));
        requests.refuse(requestOf(family, validated, MARCH.atDay(14)), "demo.agent", "Complet");
        reservations.cancel(hh, child, validated, List.of(MARCH.atDay(15)));
        requests.accept(requestOf(family, validated, MARCH.atDay(16)), "demo.agent", null);

        // after the deadline of the 10th and 11th: both declared absent; only the 11th's justification is accepted
        moveClockTo(LocalDateTime.of(2033, 3, 9, 13, 0));
        assertThat(absences.declare(hh, child, MARCH.atDay(10), MARCH.atDay(10), AbsenceReason.OTHER, null, null)
                .lateDays()).isEqualTo(1);
        var justified = absences.declare(hh, child, MARCH.atDay(11), MARCH.atDay(11), AbsenceReason.ILLNESS,
                "Fièvre", null);
        assertThat(justified.lateDays()).isEqualTo(1);
        long justification = absences.ofChild(hh, child).stream().filter(a -> a.id() == justified.absenceId())
                .findFirst().orElseThrow().requestId();
        requests.accept(justification, "demo.agent", null);

        var first = invoicing.run(MARCH, LocalDate.of(2033, 4, 2));

        assertThat(invoicedDays(child)).containsExactly(
                directCode + " DAY 2033-03-07",
                directCode + " DAY 2033-03-08",
                directCode + " DAY 2033-03-10",
                validatedCode + " DAY 2033-03-16");
        var invoices = statements.statement(hh).invoices();
        assertThat(invoices).singleElement().satisfies(i -> assertThat(i.amount().cents()).isEqualTo(4 * 2000));
        assertThat(jdbc.sql("""
                SELECT l.billable_absence FROM invoice_line l JOIN invoiced_day d
                    ON d.invoice_id = l.invoice_id AND d.line_no = l.line_no
                 WHERE d.child_id = :c AND d.served_on = :d""").param("c", child).param("d", MARCH.atDay(10))
                .query(Boolean.class).single()).as("the late absence is shown as such").isTrue();
        assertThat(statements.statement(waiting.householdId()).invoices()).as("a waiting-list day").isEmpty();
        assertThat(invoicedDays(waiting.childId())).isEmpty();
        assertThat(first.invoices()).isGreaterThanOrEqualTo(1);

        var again = invoicing.run(MARCH, LocalDate.of(2033, 4, 3));
        assertThat(again.invoices()).isZero();
        assertThat(again.days()).isZero();
        assertThat(statements.statement(hh).invoices()).hasSize(1);
        assertThat(invoicedDays(child)).hasSize(4);
    }
}
