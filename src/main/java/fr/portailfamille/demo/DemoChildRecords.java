package fr.portailfamille.demo;

import java.util.Map;

import fr.portailfamille.family.RecordCorrections;

import org.springframework.stereotype.Component;

/**
 * Completes Hugo Martin's record (with a food allergy, a PAI and a pick-up person, which the attendance list
 * shows; his consents are {@link DemoDocuments}') and leaves his sisters' incomplete, so the demo shows both a complete child and the missing sections.
 */
@Component
class DemoChildRecords {

    private final RecordCorrections corrections;

    DemoChildRecords(RecordCorrections corrections) {
        this.corrections = corrections;
    }

    void completeHugo(long householdId, long hugoId) {
        corrections.correctChildSection(householdId, hugoId, "family.child-complementary", Map.of(
                "school", "École élémentaire Jules-Ferry", "schoolClass", "CE1", "doctorName", "Dr Anne Roussel",
                "doctorPhone", "02 40 11 22 33", "insurer", "MAIF", "policyNumber", "4455667"), "demo");
        corrections.correctChildSection(householdId, hugoId, "family.child-health", Map.of(
                "foodAllergies", "Arachide", "allergyActions", "Éviction ; trousse PAI dans le sac",
                "pai", "true", "diet", "NO_ALLERGEN"), "demo");
        corrections.correctChildSection(householdId, hugoId, "family.child-authorisations", Map.of(
                "leaveAlone", "false",
                "pickup1Name", "Monique Martin", "pickup1Relationship", "Grand-mère",
                "pickup1Phone", "06 22 33 44 55"), "demo");
    }
}
