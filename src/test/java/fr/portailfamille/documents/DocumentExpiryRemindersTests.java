package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.shared.upload.UploadedFile;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder before an accepted document stops being valid: who gets it, when, and never a health detail. */
@PortalTest
class DocumentExpiryRemindersTests {

    @Autowired Fixtures fixtures;
    @Autowired Documents documents;
    @Autowired DocumentExpiryReminders reminders;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;

    long accepted(Fixtures.TestFamily family, long typeId, int daysValid) {
        long request = documents.submit(family.householdId(), family.childId(), typeId,
                new UploadedFile("d.pdf", "application/pdf", "%PDF-1.4".getBytes()), "Parent Test");
        documents.accept(request, "Agent Test", fixtures.today().plusDays(daysValid));
        return request;
    }

    long type(String name, boolean health) {
        return documents.createType(new DocumentTypeSettings(name + " " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.ALL, Validity.MONTHS, 12, health, Set.of()));
    }

    @Test
    void aDocumentEndingWithinTheLeadTimeIsDueUnlessANewerOneReplacesIt() {
        var family = fixtures.family("Echeance");
        long insurance = type("Assurance", false);
        accepted(family, insurance, 10);

        var due = reminders.due(fixtures.today(), 15).stream()
                .filter(r -> r.householdId() == family.householdId()).toList();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.mailSubject()).startsWith("Rappel : Assurance").contains("ne sera plus valable après le");
            assertThat(r.mailText()).contains("/pieces", "/compte#rappels");
        });
        assertThat(reminders.due(fixtures.today(), 5)).noneMatch(r -> r.householdId() == family.householdId());

        // the family sends the new one: no reminder while it waits for an agent, nor once accepted
        documents.submit(family.householdId(), family.childId(), insurance,
                new UploadedFile("e.pdf", "application/pdf", "%PDF-1.4".getBytes()), "Parent Test");
        assertThat(reminders.due(fixtures.today(), 15)).noneMatch(r -> r.householdId() == family.householdId());
    }

    @Test
    void aHealthDocumentIsNeverNamedInTheMail() {
        var family = fixtures.family("EcheanceSante");
        accepted(family, type("Certificat médical", true), 3);

        var due = reminders.due(fixtures.today(), 15).stream()
                .filter(r -> r.householdId() == family.householdId()).toList();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.mailSubject()).startsWith("Rappel : Un document de santé");
            assertThat(r.mailSubject() + r.mailText()).doesNotContain("Certificat médical");
        });
    }

    @Test
    void onlyADocumentStillAskedOfTheFamilyIsReminded() {
        var family = fixtures.family("EcheanceConcerne");
        long activityId = activities.create(new ActivitySettings("Club " + System.nanoTime() % 100_000,
                ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12, BookingDeadline.calendarDays(2, LocalTime.NOON),
                BookingDeadline.calendarDays(2, LocalTime.NOON), true, false));
        activities.addPeriod(activityId, "Période", fixtures.today().minusDays(5), fixtures.today().plusDays(60),
                EnumSet.allOf(DayOfWeek.class));
        long pai = documents.createType(new DocumentTypeSettings("PAI " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.IF_CONCERNED, Validity.MONTHS, 12, true, Set.of()));
        long insurance = documents.createType(new DocumentTypeSettings("Assurance " + System.nanoTime() % 100_000,
                DocumentScope.CHILD, DocumentAudience.ACTIVITIES, Validity.MONTHS, 12, false, Set.of(activityId)));
        accepted(family, pai, 5);
        accepted(family, insurance, 5);
        assertThat(reminders.due(fixtures.today(), 15)).as("a PAI, an activity the child is not in")
                .noneMatch(r -> r.householdId() == family.householdId());

        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId,
                activities.get(activityId).periods().get(0).id());
        assertThat(reminders.due(fixtures.today(), 15).stream().filter(r -> r.householdId() == family.householdId()))
                .singleElement().satisfies(r -> assertThat(r.mailSubject()).startsWith("Rappel : Assurance"));
    }
}
