package fr.portailfamille.family;

import java.util.List;

/**
 * What the staff of an activity must know of a child on the day, from the validated record only: allergies (yes/no
 * and a short text), PAI, diet, whether the child may leave alone, and the persons authorised to pick the child up.
 * {@code healthKnown} / {@code authorisationsKnown} are false while the section has never been validated. Image
 * rights, outings, transport and emergency care are consents (documents module, {@code Consents}), not part of it.
 * Health data: obtained through {@link Households#careSummaries}, which records the viewing.
 */
public record CareSummary(long childId, boolean healthKnown, boolean allergies, String allergyText, boolean pai,
                          String diet, boolean authorisationsKnown, boolean leaveAlone,
                          List<PickupPerson> pickupPersons) {

    /** Longest allergy text shown on a list (the full text is on the child's health record). */
    static final int SHORT_TEXT = 140;

    public CareSummary {
        pickupPersons = List.copyOf(pickupPersons);
    }

    /** A special diet to respect (the family's choice, "NONE" or unknown gives none). */
    public boolean specialDiet() {
        return diet != null && !diet.isBlank() && !"NONE".equals(diet);
    }

    /** The label key of the diet (family bundle). */
    public String dietKey() {
        return "option.diet." + diet;
    }

    /** A person the family authorised to pick the child up. */
    public record PickupPerson(String fullName, String relationship, String phone) {
    }

    /** Food, medicine and other allergies joined, cut to {@link #SHORT_TEXT} characters; empty when none. */
    static String shortAllergyText(String... texts) {
        var joined = new StringBuilder();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                if (!joined.isEmpty()) {
                    joined.append(" ; ");
                }
                joined.append(t.strip().replaceAll("\\s+", " "));
            }
        }
        if (joined.length() <= SHORT_TEXT) {
            return joined.toString();
        }
        return joined.substring(0, SHORT_TEXT - 1).stripTrailing() + "…";
    }
}
