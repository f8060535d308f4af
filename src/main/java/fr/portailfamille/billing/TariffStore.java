package fr.portailfamille.billing;

import java.util.List;

import fr.portailfamille.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of tariff_settings, tariff_bracket and tariff_price (prices keyed by the activity's code). */
@Repository
class TariffStore {

    private final JdbcClient jdbc;

    TariffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TariffSettings settings() {
        return jdbc.sql("""
                SELECT quotient_validity_months, second_child_reduction_percent FROM tariff_settings WHERE id = 1""")
                .query(TariffSettings.class).single();
    }

    void saveSettings(TariffSettings s) {
        jdbc.sql("""
                UPDATE tariff_settings SET quotient_validity_months = :v, second_child_reduction_percent = :r
                 WHERE id = 1""").param("v", s.quotientValidityMonths())
                .param("r", s.secondChildReductionPercent()).update();
    }

    /** Brackets, lowest first, with their upper bounds. */
    List<TariffBracket> brackets() {
        return TariffPolicy.withUpperBounds(jdbc.sql("""
                SELECT id, label, quotient_min, NULL AS quotient_max FROM tariff_bracket ORDER BY quotient_min""")
                .query(TariffBracket.class).list());
    }

    boolean bracketMinimumTaken(int quotientMin) {
        return jdbc.sql("SELECT COUNT(*) FROM tariff_bracket WHERE quotient_min = :m").param("m", quotientMin)
                .query(Long.class).single() > 0;
    }

    void insertBracket(String label, int quotientMin) {
        jdbc.sql("INSERT INTO tariff_bracket (label, quotient_min) VALUES (:l, :m)")
                .param("l", label).param("m", quotientMin).update();
    }

    /** @return the number of brackets deleted: 0 when there is none with that id */
    int deleteBracket(long id) {
        jdbc.sql("DELETE FROM tariff_price WHERE bracket_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM tariff_bracket WHERE id = :id").param("id", id).update();
    }

    List<TariffPrice> prices() {
        return jdbc.sql("""
                SELECT activity_code, unit, bracket_id, resident_cents, non_resident_cents FROM tariff_price
                 ORDER BY activity_code, unit, bracket_id""")
                .query((rs, n) -> new TariffPrice(rs.getString(1), BillingUnit.valueOf(rs.getString(2)), rs.getLong(3),
                        Money.ofCents(rs.getLong(4)), Money.ofCents(rs.getLong(5)))).list();
    }

    void savePrice(String activityCode, BillingUnit unit, long bracketId, long residentCents, long nonResidentCents) {
        int updated = jdbc.sql("""
                UPDATE tariff_price SET resident_cents = :r, non_resident_cents = :n
                 WHERE activity_code = :a AND unit = :u AND bracket_id = :b""")
                .param("a", activityCode).param("u", unit.name()).param("b", bracketId)
                .param("r", residentCents).param("n", nonResidentCents).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO tariff_price (activity_code, unit, bracket_id, resident_cents, non_resident_cents)
                    VALUES (:a, :u, :b, :r, :n)""")
                    .param("a", activityCode).param("u", unit.name()).param("b", bracketId)
                    .param("r", residentCents).param("n", nonResidentCents).update();
        }
    }
}
