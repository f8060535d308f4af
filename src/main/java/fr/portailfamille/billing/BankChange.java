package fr.portailfamille.billing;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a new IBAN on a mandate is at another bank: then the next debit's amendment says {@code SMNDA} (same
 * mandate, new debtor agent) and the sequence starts again at FRST; within the same bank it carries the original
 * debtor account. The bank is the IBAN's country and national bank identifier (its first characters after the check
 * digits: 5 in France and Monaco, 8 in Germany…).
 */
final class BankChange {

    /** Length of the national bank identifier inside the BBAN, by country (ISO 13616 registry). */
    private static final Map<String, Integer> BANK_ID_LENGTH = Map.ofEntries(
            Map.entry("FR", 5), Map.entry("MC", 5), Map.entry("DE", 8), Map.entry("BE", 3), Map.entry("ES", 4),
            Map.entry("IT", 6), Map.entry("NL", 4), Map.entry("LU", 3), Map.entry("PT", 4), Map.entry("AT", 5),
            Map.entry("CH", 5), Map.entry("GB", 4), Map.entry("IE", 4));

    private BankChange() {
    }

    static boolean sameBank(String previousIban, String iban) {
        String a = compact(previousIban);
        String b = compact(iban);
        if (a.length() < 8 || b.length() < 8 || !a.regionMatches(0, b, 0, 2)) {
            return false;
        }
        int length = BANK_ID_LENGTH.getOrDefault(a.substring(0, 2), 4);
        return a.length() >= 4 + length && b.length() >= 4 + length
                && a.regionMatches(4, b, 4, length);
    }

    private static String compact(String iban) {
        return iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
