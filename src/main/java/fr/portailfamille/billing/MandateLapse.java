package fr.portailfamille.billing;

import java.time.LocalDate;

/**
 * SEPA rulebook: a mandate with no collection presented for 36 months lapses; the creditor must then obtain a new
 * mandate before debiting again. The months count from the last collection presented (not rejected), or from the
 * signature when the mandate was never used.
 */
final class MandateLapse {

    static final int MONTHS = 36;

    private MandateLapse() {
    }

    static boolean lapsed(LocalDate signedOn, LocalDate lastCollection, LocalDate today) {
        LocalDate lastUse = lastCollection == null || lastCollection.isBefore(signedOn) ? signedOn : lastCollection;
        return !today.isBefore(lastUse.plusMonths(MONTHS));
    }
}
