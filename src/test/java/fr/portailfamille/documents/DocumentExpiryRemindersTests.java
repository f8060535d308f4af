package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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
}
