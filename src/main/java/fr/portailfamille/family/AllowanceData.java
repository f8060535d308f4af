package fr.portailfamille.family;

import java.time.LocalDate;

/** CAF section: the allowance fund (CAF, MSA, other), the allocataire number and the family quotient. */
public record AllowanceData(String fund, String number, Integer quotient, LocalDate quotientSince) {

    public static final AllowanceData NONE = new AllowanceData(null, null, null, null);

    public boolean isEmpty() {
        return fund == null && number == null && quotient == null;
    }
}
