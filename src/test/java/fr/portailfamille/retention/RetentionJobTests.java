package fr.portailfamille.retention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.billing.Ledger;
import fr.portailfamille.billing.PaymentMode;
import fr.portailfamille.jobs.JobProgress;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention rules on generated families, backdated in the database (the demo families and every other test's
 * are created today, so the run must leave them all alone): exactly the expected children lose their care data and
 * exactly the expected households are anonymised.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class RetentionJobTests {

    @Autowired Retention retention;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Activities activities;
    @Autowired RetentionJob job;
    @Autowired fr.portailfamille.jobs.Jobs jobs;

    @Test
    void theJobDeletesExactlyWhatItShould(CapturedOutput output) {
        LocalDate today = fixtures.today();
        long activity = activity();

        // rule 1: a child's health and complementary data, 3 years after the last enrolled day
        var leftLongAgo = backdated("Partie", 5);
        careData(leftLongAgo);
        enrol(leftLongAgo, activity, today.minusYears(5), today.minusYears(4));
        var enrolledLastYear = backdated("Inscrite", 5);
        careData(enrolledLastYear);
        enrol(enrolledLastYear, activity, today.minusYears(2), today.minusYears(1));
        var neverEnrolledOld = backdated("Jamais", 5);
        careData(neverEnrolledOld);
        var neverEnrolledNew = fixtures.family("Nouvelle");
        careData(neverEnrolledNew);
        // they stay active (a request today) so that the household rule leaves them alone
        for (var f : List.of(leftLongAgo, enrolledLastYear, neverEnrolledOld)) {
            request(f, OffsetDateTime.now(ZoneOffset.UTC));
        }

        // rule 2: households inactive for 3 years, owing nothing, no invoice younger than 10 years
        var inactive = backdated("Inactive", 6);
        consent(inactive);
        message(inactive, today.minusYears(4));
        request(inactive, OffsetDateTime.now(ZoneOffset.UTC).minusYears(4));
        var owing = backdated("Debitrice", 12);
        consent(owing);
        ledger.issueInvoice(owing.householdId(), today.minusYears(11), today.minusYears(11).withDayOfMonth(1),
                today.minusYears(11), today.minusYears(11).plusDays(30), 15870);
        var recentInvoice = backdated("Facturee", 6);
        consent(recentInvoice);
        long paidRecent = ledger.issueInvoice(recentInvoice.householdId(), today.minusYears(5),
                today.minusYears(5).withDayOfMonth(1), today.minusYears(5), today.minusYears(5).plusDays(30), 5000);
        ledger.recordPayment(recentInvoice.householdId(), today.minusYears(5), PaymentMode.CASH, 5000, null, paidRecent);
        var oldInvoice = backdated("Ancienne", 12);
        long paidOld = ledger.issueInvoice(oldInvoice.householdId(), today.minusYears(11),
                today.minusYears(11).withDayOfMonth(1), today.minusYears(11), today.minusYears(11).plusDays(30), 2000);
        invoiceLine(paidOld, oldInvoice);
        ledger.recordPayment(oldInvoice.householdId(), today.minusYears(11), PaymentMode.CASH, 2000, null, paidOld);
        var messagedThisYear = backdated("Ecrit", 6);
        consent(messagedThisYear);
        message(messagedThisYear, today.minusMonths(2));

        var report = retention.run("test", JobProgress.NONE);

        assertThat(report.children()).containsExactlyInAnyOrder(leftLongAgo.childId(), neverEnrolledOld.childId());
        for (var gone : List.of(leftLongAgo, neverEnrolledOld)) {
            assertThat(count("child_health", "child_id", gone.childId())).isZero();
            assertThat(count("child_complementary", "child_id", gone.childId())).isZero();
            // only the care data: the child, the family and its consents stay
            assertThat(count("child_consent", "child_id", gone.childId())).isEqualTo(1);
            assertThat(householdName(gone)).startsWith("Famille ");
        }
        for (var kept : List.of(enrolledLastYear, neverEnrolledNew)) {
            assertThat(count("child_health", "child_id", kept.childId())).isEqualTo(1);
            assertThat(count("child_complementary", "child_id", kept.childId())).isEqualTo(1);
        }

        assertThat(report.households()).containsExactlyInAnyOrder(inactive.householdId(), oldInvoice.householdId());
        assertThat(report.kept()).containsEntry("owed", 1).containsEntry("recent-invoice", 1);
        assertThat(report.kept().get("active")).isGreaterThanOrEqualTo(4);

        // anonymised: identity, contact, files, messages gone; accounts disabled; accounting kept
        assertThat(householdName(inactive)).isEqualTo("Foyer anonymisé n° " + inactive.householdId());
        var guardian = jdbc.sql("SELECT last_name, first_name, email, phone_mobile FROM guardian WHERE household_id = :h")
                .param("h", inactive.householdId()).query().listOfRows().get(0);
        assertThat(guardian).containsEntry("LAST_NAME", "Anonyme").containsEntry("FIRST_NAME", "Anonyme");
        assertThat(guardian.get("EMAIL")).isNull();
        assertThat(guardian.get("PHONE_MOBILE")).isNull();
        var child = jdbc.sql("SELECT first_name, birth_date FROM child WHERE id = :c").param("c", inactive.childId())
                .query().singleRow();
        assertThat(child.get("FIRST_NAME")).isEqualTo("Enfant");
        assertThat(count("child_consent", "child_id", inactive.childId())).isZero();
        assertThat(count("conversation", "household_id", inactive.householdId())).isZero();
        assertThat(jdbc.sql("SELECT proposed FROM request WHERE household_id = :h").param("h", inactive.householdId())
                .query(String.class).single()).isEqualTo("{}");
        var account = jdbc.sql("SELECT login, enabled, email FROM account WHERE id = :a")
                .param("a", inactive.accountId()).query().singleRow();
        assertThat(account.get("LOGIN")).isEqualTo("anonyme-" + inactive.accountId());
        assertThat(account.get("ENABLED")).isEqualTo(false);
        assertThat(count("invoice", "household_id", oldInvoice.householdId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT child_name FROM invoice_line WHERE invoice_id = :i").param("i", paidOld)
                .query(String.class).single()).isEqualTo("Enfant n° " + oldInvoice.childId());

        // kept: owing money, a recent invoice, a recent message
        for (var kept : List.of(owing, recentInvoice, messagedThisYear)) {
            assertThat(householdName(kept)).startsWith("Famille ");
            assertThat(count("child_consent", "child_id", kept.childId())).isEqualTo(1);
        }

        // recorded for the agents, and one log line with ids and counts only
        assertThat(jdbc.sql("SELECT rule FROM retention_action WHERE household_id = :h")
                .param("h", inactive.householdId()).query(String.class).list()).containsExactly("HOUSEHOLD_INACTIVE");
        assertThat(output.getOut()).contains("retention run: care data deleted for 2 child(ren)")
                .contains("2 household(s) anonymised");
        String logLine = output.getOut().lines().filter(l -> l.contains("retention run:")).findFirst().orElseThrow();
        assertThat(logLine).doesNotContain("Inactive", "Ancienne", "Partie", "Alice", "FR76");

        // a second run finds nothing more to do
        var again = retention.run("test", JobProgress.NONE);
        assertThat(again.children()).isEmpty();
        assertThat(again.households()).isEmpty();
    }

    @Test
    void theNightlyRunGoesThroughTheJobsPage() {
        long id = job.start().orElseThrow();
        var ended = jobs.awaitEnd(id, java.time.Duration.ofMinutes(2));
        assertThat(ended.state().name()).isEqualTo("DONE");
        assertThat(ended.summaryKey()).isEqualTo("retention.job.done");
        assertThat(ended.resultPath()).isEqualTo("/gestion/conservation");
    }

    private Fixtures.TestFamily backdated(String name, int yearsAgo) {
        var family = fixtures.family(name + System.nanoTime() % 10_000);
        jdbc.sql("UPDATE household SET created_at = :t WHERE id = :h")
                .param("t", OffsetDateTime.now(ZoneOffset.UTC).minusYears(yearsAgo)).param("h", family.householdId())
                .update();
        return family;
    }

    private void careData(Fixtures.TestFamily f) {
        jdbc.sql("INSERT INTO child_health (child_id, food_allergies, pai, diet) VALUES (:c, 'arachide', TRUE, 'NONE')")
                .param("c", f.childId()).update();
        jdbc.sql("INSERT INTO child_complementary (child_id, doctor_name, insurer) VALUES (:c, 'Dr Test', 'MAIF')")
                .param("c", f.childId()).update();
        consent(f);
    }

    private void consent(Fixtures.TestFamily f) {
        jdbc.sql("INSERT INTO child_consent (child_id, leave_alone, legacy_image_rights, legacy_emergency_care,"
                + " legacy_outing_transport) VALUES (:c, FALSE, TRUE, TRUE, TRUE)").param("c", f.childId()).update();
    }

    private long activity() {
        return activities.create(new ActivitySettings("Séjour conservation " + System.nanoTime() % 100_000,
                ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12, BookingDeadline.calendarDays(2, LocalTime.NOON),
                BookingDeadline.calendarDays(2, LocalTime.NOON), false, true));
    }

    private void enrol(Fixtures.TestFamily f, long activity, LocalDate start, LocalDate end) {
        long period = activities.addPeriod(activity, "Période " + start, start, end, EnumSet.allOf(DayOfWeek.class));
        jdbc.sql("INSERT INTO enrolment (household_id, child_id, activity_id, period_id, status, created_at)"
                        + " VALUES (:h, :c, :a, :p, 'ACTIVE', :t)")
                .param("h", f.householdId()).param("c", f.childId()).param("a", activity).param("p", period)
                .param("t", start.atStartOfDay().atOffset(ZoneOffset.UTC)).update();
    }

    private void message(Fixtures.TestFamily f, LocalDate on) {
        var at = on.atTime(10, 0).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO conversation (household_id, subject, origin, created_at, last_message_at, last_excerpt)
                VALUES (:h, 'Question', 'FAMILY', :t, :t, 'Bonjour')""")
                .param("h", f.householdId()).param("t", at).update();
        long conversation = jdbc.sql("SELECT MAX(id) FROM conversation").query(Long.class).single();
        jdbc.sql("INSERT INTO inbox_message (conversation_id, author, author_name, body, sent_at)"
                        + " VALUES (:c, 'FAMILY', 'Alice', 'Bonjour, notre fils est allergique.', :t)")
                .param("c", conversation).param("t", at).update();
    }

    private void request(Fixtures.TestFamily f, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO request (household_id, kind, subject_id, proposed, current_values, status, created_at)
                VALUES (:h, 'family.guardian', NULL, '{"phoneMobile":"06 11 22 33 44"}', '{}', 'ACCEPTED', :t)""")
                .param("h", f.householdId()).param("t", at).update();
    }

    private void invoiceLine(long invoiceId, Fixtures.TestFamily f) {
        jdbc.sql("""
                INSERT INTO invoice_line (invoice_id, line_no, child_id, child_name, activity_code, activity_label, unit,
                       billable_absence, bracket_label, unit_price_cents, quantity, amount_cents)
                VALUES (:i, 1, :c, 'Léa Ancienne', 'ALSH', 'Accueil de loisirs', 'DAY', FALSE, 'T1', 1000, 2, 2000)""")
                .param("i", invoiceId).param("c", f.childId()).update();
    }

    private String householdName(Fixtures.TestFamily f) {
        return jdbc.sql("SELECT name FROM household WHERE id = :h").param("h", f.householdId()).query(String.class)
                .single();
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id").param("id", id)
                .query(Long.class).single();
    }

}
