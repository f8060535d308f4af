package fr.portailfamille.treasury;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A PES V2 « PES_Aller » with its recette part: one bordereau of revenue titles, one per invoice, and optionally
 * the invoices' PDFs as PES_PJ attachments.
 */
record PesFile(String fileName, LocalDate created, YearMonth month, int bordereauNumber, List<Title> titles,
               List<Attachment> attachments) {

    long totalCents() {
        return titles.stream().mapToLong(Title::amountCents).sum();
    }

    /** A revenue title (pièce): one issued invoice. */
    record Title(long pieceId, String invoiceNumber, LocalDate periodStart, LocalDate periodEnd, long amountCents,
                 List<Line> lines, Debtor debtor, Sepa sepa, String attachmentId) {
    }

    /** A line of the title: one line of the invoice. */
    record Line(String label, long amountCents) {
    }

    /** The debtor (tiers): the household's primary guardian at its address. */
    record Debtor(String reference, String civility, String lastName, String firstName, String addressLine,
                  String postalCode, String city, boolean resident) {
    }

    /**
     * The SEPA direct-debit block of a family paying by prélèvement. Holds the IBAN for the file only: never
     * logged ({@link #toString()} leaves it out).
     */
    record Sepa(String rum, LocalDate signedOn, boolean first, LocalDate collectionDate, String iban, String bic,
                String holder) {
        @Override
        public String toString() {
            return "Sepa[" + rum + (first ? ", FRST" : ", RCUR") + "]";
        }
    }

    /** An invoice PDF sent as PES_PJ, referenced from its title by {@code id}. */
    record Attachment(String id, String fileName, String description, byte[] pdf) {
    }
}
