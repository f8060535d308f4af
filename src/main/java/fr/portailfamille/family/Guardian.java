package fr.portailfamille.family;

import java.time.LocalDate;

/** A guardian's section of the family record: the responsable or the conjoint. */
public record Guardian(String civility, String lastName, String firstName, LocalDate birthDate,
                       String addressLine, String postalCode, String city,
                       String phoneHome, String phoneMobile, String phoneWork, String email,
                       String profession, String employer) {

    public String fullName() {
        return ((civility == null ? "" : civility + " ") + firstName + " " + lastName).trim();
    }

    public String mainPhone() {
        return phoneMobile != null ? phoneMobile : phoneHome != null ? phoneHome : phoneWork;
    }
}
