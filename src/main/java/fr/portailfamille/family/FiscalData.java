package fr.portailfamille.family;

/** Données fiscales: revenu fiscal de référence (cents), number of parts (hundredths: 250 = 2,5). */
public record FiscalData(Long referenceIncomeCents, Integer partsHundredths, Integer taxYear) {

    public static final FiscalData NONE = new FiscalData(null, null, null);

    public boolean isEmpty() {
        return referenceIncomeCents == null && partsHundredths == null && taxYear == null;
    }
}
