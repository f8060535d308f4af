package fr.portailfamille.family;

/** Données fiscales: revenu fiscal de référence (cents), number of parts (hundredths: 250 = 2,5). */
public record FiscalData(Long referenceIncomeCents, Integer partsHundredths, Integer taxYear) {

    public static final FiscalData NONE = new FiscalData(null, null, null);

    public boolean isEmpty() {
        return referenceIncomeCents == null && partsHundredths == null && taxYear == null;
    }

    public String partsLabel() {
        if (partsHundredths == null) {
            return "";
        }
        int rest = partsHundredths % 100;
        return partsHundredths / 100 + (rest == 0 ? "" : "," + (rest % 10 == 0 ? rest / 10 : rest));
    }
}
