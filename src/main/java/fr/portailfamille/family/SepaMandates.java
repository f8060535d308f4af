package fr.portailfamille.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SEPA Core mandates. Accepted bank details create the household's mandate with a fresh RUM and the
 * day the family signed (sent) the request; a new IBAN amends the active mandate (same RUM, previous IBAN
 * kept for the amendment indicator of the next collection); removed bank details revoke it.
 */
@Repository
class SepaMandates {

    private final JdbcClient jdbc;

    SepaMandates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The mandate to use after these bank details were accepted. */
    void bankDetailsAccepted(long householdId, BankDetails bank, LocalDate signedOn, LocalDate today) {
        var active = active(householdId);
        if (bank.isEmpty()) {
            active.ifPresent(m -> jdbc.sql("UPDATE sepa_mandate SET active = FALSE, revoked_on = :d WHERE id = :id")
                    .param("d", today).param("id", m.id()).update());
            return;
        }
        if (active.isEmpty()) {
            int sequence = jdbc.sql("SELECT COUNT(*) FROM sepa_mandate WHERE household_id = :h AND signed_on = :d")
                    .param("h", householdId).param("d", signedOn).query(Integer.class).single() + 1;
            var reference = MandateReference.generate(householdId, signedOn, sequence);
            jdbc.sql("""
                    INSERT INTO sepa_mandate (household_id, reference, signed_on, holder, iban, bic, active)
                    VALUES (:h, :ref, :signed, :holder, :iban, :bic, TRUE)""")
                    .param("h", householdId).param("ref", reference.value()).param("signed", signedOn)
                    .param("holder", bank.holder()).param("iban", bank.iban()).param("bic", bank.bic()).update();
            return;
        }
        var m = active.get();
        boolean newIban = !m.iban().equals(bank.iban());
        jdbc.sql("""
                UPDATE sepa_mandate SET holder = :holder, bic = :bic, iban = :iban,
                       amended_on = CASE WHEN :changed THEN :today ELSE amended_on END,
                       previous_iban = CASE WHEN :changed THEN :previous ELSE previous_iban END
                 WHERE id = :id""")
                .param("holder", bank.holder()).param("bic", bank.bic()).param("iban", bank.iban())
                .param("changed", newIban).param("today", today).param("previous", m.iban()).param("id", m.id())
                .update();
    }

    Optional<Row> active(long householdId) {
        return jdbc.sql("SELECT * FROM sepa_mandate WHERE household_id = :h AND active = TRUE")
                .param("h", householdId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference"),
                        rs.getObject("signed_on", LocalDate.class), rs.getString("iban"),
                        rs.getObject("amended_on", LocalDate.class), rs.getString("previous_iban")))
                .optional();
    }

    /** Active mandates of the households paying by direct debit, by household (one active mandate each). */
    List<DirectDebitAccount> directDebitAccounts() {
        return jdbc.sql("""
                SELECT m.household_id, m.reference, m.signed_on, m.holder, m.iban, m.bic, m.amended_on, m.previous_iban
                  FROM sepa_mandate m JOIN household h ON h.id = m.household_id
                 WHERE m.active = TRUE AND h.payment_method = :method
                 ORDER BY m.household_id""")
                .param("method", PaymentMethod.DIRECT_DEBIT.name())
                .query((rs, n) -> new DirectDebitAccount(rs.getLong("household_id"), rs.getString("reference"),
                        rs.getObject("signed_on", LocalDate.class), rs.getString("holder"), rs.getString("iban"),
                        rs.getString("bic"), rs.getObject("amended_on", LocalDate.class),
                        rs.getString("previous_iban")))
                .list();
    }

    /**
     * The mandate has lapsed (unused for 36 months): it is no longer active, and the family's next bank details
     * create a new mandate with a new RUM. Returns false when the mandate was not active.
     */
    boolean lapse(long householdId, String reference, LocalDate on) {
        return jdbc.sql("""
                UPDATE sepa_mandate SET active = FALSE, revoked_on = :d
                 WHERE household_id = :h AND reference = :ref AND active = TRUE""")
                .param("d", on).param("h", householdId).param("ref", reference).update() == 1;
    }

    /** A mandate row; {@link #toString()} never shows the IBANs. */
    record Row(long id, String reference, LocalDate signedOn, String iban, LocalDate amendedOn,
               String previousIban) {

        MandateView view() {
            return new MandateView(reference, signedOn, Iban.parse(iban).masked(), amendedOn);
        }

        @Override
        public String toString() {
            return "Mandate[" + reference + "]";
        }
    }
}
