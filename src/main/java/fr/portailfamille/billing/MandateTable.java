package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing's own mandate table, until the family module provides mandates. */
@Repository
@Fallback
class MandateTable implements DirectDebitMandates {

    private final JdbcClient jdbc;

    MandateTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Mandate> activeMandates() {
        return jdbc.sql("""
                SELECT household_id, rum, signed_on, debtor_name, iban, bic FROM billing_mandate
                 WHERE active ORDER BY household_id, signed_on DESC""").query(Mandate.class).list();
    }

    void save(long householdId, String rum, LocalDate signedOn, String debtorName, String iban, String bic) {
        jdbc.sql("UPDATE billing_mandate SET active = FALSE WHERE household_id = :h AND rum <> :rum")
                .param("h", householdId).param("rum", rum).update();
        int updated = jdbc.sql("""
                UPDATE billing_mandate SET signed_on = :s, debtor_name = :n, iban = :iban, bic = :bic, active = TRUE
                 WHERE rum = :rum AND household_id = :h""")
                .param("s", signedOn).param("n", debtorName).param("iban", iban).param("bic", bic)
                .param("rum", rum).param("h", householdId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO billing_mandate (rum, household_id, signed_on, debtor_name, iban, bic)
                    VALUES (:rum, :h, :s, :n, :iban, :bic)""")
                    .param("s", signedOn).param("n", debtorName).param("iban", iban).param("bic", bic)
                    .param("rum", rum).param("h", householdId).update();
        }
    }
}
