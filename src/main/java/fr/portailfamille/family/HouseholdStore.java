package fr.portailfamille.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of household, guardian and child. */
@Repository
class HouseholdStore {

    /** One line of the agents' family list: the household, its primary guardian, its number of children. */
    private static final String SUMMARY = """
            SELECT h.id, h.name, h.city,
                   (SELECT g.first_name || ' ' || g.last_name FROM guardian g
                     WHERE g.household_id = h.id AND g.role = 'PRIMARY') AS primary_guardian,
                   (SELECT COUNT(*) FROM child c WHERE c.household_id = h.id) AS children
              FROM household h
            """;

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the families export: the household, its guardians' main contacts, its number of children. */
    record ExportRow(long id, String name, String addressLine, String postalCode, String city, boolean resident,
                     String primaryName, String primaryEmail, String primaryPhone, String secondName,
                     String secondEmail, int children, Integer familyQuotient) {
    }

    /** The households after {@code afterId}, by id, at most {@code limit} (the families export reads in chunks). */
    List<ExportRow> exportPage(long afterId, int limit) {
        return jdbc.sql("""
                SELECT h.id, h.name, h.address_line, h.postal_code, h.city, h.resident, h.family_quotient,
                       p.civility AS p_civility, p.first_name AS p_first, p.last_name AS p_last, p.email AS p_email,
                       COALESCE(p.phone_mobile, p.phone_home, p.phone_work) AS p_phone,
                       s.first_name AS s_first, s.last_name AS s_last, s.email AS s_email,
                       (SELECT COUNT(*) FROM child c WHERE c.household_id = h.id) AS children
                  FROM household h
                  LEFT JOIN guardian p ON p.household_id = h.id AND p.role = 'PRIMARY'
                  LEFT JOIN guardian s ON s.household_id = h.id AND s.role = 'SECOND'
                 WHERE h.id > :after ORDER BY h.id LIMIT :limit""")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> new ExportRow(rs.getLong("id"), rs.getString("name"), rs.getString("address_line"),
                        rs.getString("postal_code"), rs.getString("city"), rs.getBoolean("resident"),
                        joined(rs.getString("p_civility"), rs.getString("p_first"), rs.getString("p_last")),
                        rs.getString("p_email"), rs.getString("p_phone"),
                        joined(null, rs.getString("s_first"), rs.getString("s_last")), rs.getString("s_email"),
                        rs.getInt("children"), (Integer) rs.getObject("family_quotient", Integer.class))).list();
    }

    private static String joined(String... parts) {
        var b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                b.append(b.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return b.toString();
    }

    long insertHousehold(String name, String addressLine, String postalCode, String city, boolean resident) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO household (name, address_line, postal_code, city, resident)
                VALUES (:name, :address, :postal, :city, :resident)""")
                .param("name", name).param("address", addressLine).param("postal", postalCode)
                .param("city", city).param("resident", resident)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<HouseholdView> find(long id) {
        return jdbc.sql("SELECT * FROM household WHERE id = :id").param("id", id)
                .query((rs, n) -> household(rs)).optional();
    }

    /** The family's postal address (shown on Accueil and on invoices). */
    void saveAddress(long householdId, String addressLine, String postalCode, String city) {
        jdbc.sql("UPDATE household SET address_line = :address, postal_code = :postal, city = :city WHERE id = :h")
                .param("address", addressLine).param("postal", postalCode).param("city", city)
                .param("h", householdId).update();
    }

    void saveGuardian(long householdId, String role, Guardian g) {
        jdbc.sql("DELETE FROM guardian WHERE household_id = :h AND role = :role")
                .param("h", householdId).param("role", role).update();
        if (g == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO guardian (household_id, role, civility, last_name, first_name, birth_date,
                    address_line, postal_code, city, phone_home, phone_mobile, phone_work, email, profession, employer)
                VALUES (:h, :role, :civility, :last, :first, :birth, :address, :postal, :city,
                    :phoneHome, :phoneMobile, :phoneWork, :email, :profession, :employer)""")
                .param("h", householdId).param("role", role).param("civility", g.civility())
                .param("last", g.lastName()).param("first", g.firstName()).param("birth", g.birthDate())
                .param("address", g.addressLine()).param("postal", g.postalCode()).param("city", g.city())
                .param("phoneHome", g.phoneHome()).param("phoneMobile", g.phoneMobile())
                .param("phoneWork", g.phoneWork()).param("email", g.email())
                .param("profession", g.profession()).param("employer", g.employer())
                .update();
    }

    Optional<Guardian> guardian(long householdId, String role) {
        return jdbc.sql("SELECT * FROM guardian WHERE household_id = :h AND role = :role")
                .param("h", householdId).param("role", role)
                .query((rs, n) -> new Guardian(rs.getString("civility"), rs.getString("last_name"),
                        rs.getString("first_name"), rs.getObject("birth_date", LocalDate.class),
                        rs.getString("address_line"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("phone_home"), rs.getString("phone_mobile"), rs.getString("phone_work"),
                        rs.getString("email"), rs.getString("profession"), rs.getString("employer")))
                .optional();
    }

    void saveFiscal(long householdId, FiscalData f) {
        jdbc.sql("""
                UPDATE household SET tax_reference_income_cents = :income, tax_parts_hundredths = :parts,
                    tax_year = :year WHERE id = :h""")
                .param("income", f.referenceIncomeCents()).param("parts", f.partsHundredths())
                .param("year", f.taxYear()).param("h", householdId).update();
    }

    void saveAllowance(long householdId, AllowanceData a) {
        jdbc.sql("""
                UPDATE household SET allowance_fund = :fund, allowance_number = :number,
                    family_quotient = :qf, family_quotient_since = :since WHERE id = :h""")
                .param("fund", a.fund()).param("number", a.number()).param("qf", a.quotient())
                .param("since", a.quotientSince()).param("h", householdId).update();
    }

    void saveBank(long householdId, BankDetails b) {
        jdbc.sql("UPDATE household SET bank_holder = :holder, iban = :iban, bic = :bic WHERE id = :h")
                .param("holder", b.holder()).param("iban", b.iban()).param("bic", b.bic())
                .param("h", householdId).update();
    }

    void savePaymentMethod(long householdId, PaymentMethod method) {
        jdbc.sql("UPDATE household SET payment_method = :m WHERE id = :h")
                .param("m", method == null ? null : method.name()).param("h", householdId).update();
    }

    long insertChild(long householdId, String firstName, String lastName, LocalDate birthDate, String sex) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO child (household_id, first_name, last_name, birth_date, sex)
                VALUES (:h, :first, :last, :birth, :sex)""")
                .param("h", householdId).param("first", firstName).param("last", lastName)
                .param("birth", birthDate).param("sex", sex)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void saveSchooling(long childId, String school, String schoolClass) {
        jdbc.sql("UPDATE child SET school = :school, school_class = :class WHERE id = :id")
                .param("school", school).param("class", schoolClass).param("id", childId).update();
    }

    List<ChildView> children(long householdId) {
        return jdbc.sql("SELECT * FROM child WHERE household_id = :h ORDER BY birth_date, id")
                .param("h", householdId).query((rs, n) -> child(rs)).list();
    }

    Optional<ChildView> child(long childId) {
        return jdbc.sql("SELECT * FROM child WHERE id = :id").param("id", childId)
                .query((rs, n) -> child(rs)).optional();
    }

    List<HouseholdSummary> search(String text, int limit) {
        String like = "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
        return jdbc.sql(SUMMARY + """
                 WHERE LOWER(h.name) LIKE :like
                    OR EXISTS (SELECT 1 FROM guardian g WHERE g.household_id = h.id
                               AND (LOWER(g.last_name) LIKE :like OR LOWER(g.first_name) LIKE :like))
                 ORDER BY h.name, h.id
                 LIMIT :limit""")
                .param("like", like).param("limit", limit)
                .query((rs, n) -> summary(rs)).list();
    }

    /** Households whose primary guardian has this name and birth date, or any guardian this e-mail (case ignored). */
    List<Long> householdsWithGuardianLike(String lastName, String firstName, String birthDate, String email) {
        return jdbc.sql("""
                SELECT DISTINCT household_id FROM guardian
                 WHERE (role = 'PRIMARY' AND LOWER(last_name) = LOWER(:last) AND LOWER(first_name) = LOWER(:first)
                        AND birth_date = :birth)
                    OR LOWER(email) = LOWER(:email)""")
                .param("last", lastName == null ? "" : lastName.strip())
                .param("first", firstName == null ? "" : firstName.strip())
                // sentinels that match nothing, rather than typed NULL parameters
                .param("birth", birthDate == null ? java.time.LocalDate.of(1, 1, 1) : java.time.LocalDate.parse(birthDate))
                .param("email", email == null ? "-" : email.strip())
                .query(Long.class).list();
    }

    List<HouseholdSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + """
                 WHERE h.id IN (:ids) ORDER BY h.name, h.id""")
                .param("ids", ids).query((rs, n) -> summary(rs)).list();
    }

    List<Long> householdsWithGuardianEmail(String email) {
        return jdbc.sql("SELECT DISTINCT household_id FROM guardian WHERE LOWER(email) = LOWER(:email) ORDER BY household_id")
                .param("email", email).query(Long.class).list();
    }

    long countHouseholds() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    long countChildren() {
        return jdbc.sql("SELECT COUNT(*) FROM child").query(Long.class).single();
    }

    private static HouseholdSummary summary(ResultSet rs) throws SQLException {
        return new HouseholdSummary(rs.getLong("id"), rs.getString("name"), rs.getString("city"),
                rs.getString("primary_guardian"), rs.getInt("children"));
    }

    private static ChildView child(ResultSet rs) throws SQLException {
        return new ChildView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class), rs.getString("sex"),
                rs.getString("school"), rs.getString("school_class"));
    }

    private static HouseholdView household(ResultSet rs) throws SQLException {
        String method = rs.getString("payment_method");
        return new HouseholdView(rs.getLong("id"), rs.getString("name"), rs.getString("address_line"),
                rs.getString("postal_code"), rs.getString("city"), rs.getBoolean("resident"), null, null,
                new FiscalData((Long) rs.getObject("tax_reference_income_cents", Long.class),
                        (Integer) rs.getObject("tax_parts_hundredths", Integer.class),
                        (Integer) rs.getObject("tax_year", Integer.class)),
                new AllowanceData(rs.getString("allowance_fund"), rs.getString("allowance_number"),
                        (Integer) rs.getObject("family_quotient", Integer.class),
                        rs.getObject("family_quotient_since", LocalDate.class)),
                new BankDetails(rs.getString("bank_holder"), rs.getString("iban"), rs.getString("bic")),
                method == null ? null : PaymentMethod.valueOf(method));
    }

    /** Of these households, the resident ones (the lottery's residents rule, in one query). */
    java.util.Set<Long> residents(java.util.Collection<Long> ids) {
        var set = new java.util.HashSet<Long>();
        for (var chunk : chunks(ids)) {
            set.addAll(jdbc.sql("SELECT id FROM household WHERE resident AND id IN (:ids)")
                    .param("ids", chunk).query(Long.class).list());
        }
        return set;
    }

    /** These children by id (a query per thousand). */
    java.util.Map<Long, ChildView> childrenById(java.util.Collection<Long> childIds) {
        var map = new java.util.HashMap<Long, ChildView>();
        for (var chunk : chunks(childIds)) {
            jdbc.sql("SELECT * FROM child WHERE id IN (:ids)").param("ids", chunk).query((rs, n) -> child(rs)).list()
                    .forEach(c -> map.put(c.id(), c));
        }
        return map;
    }

    private static java.util.List<java.util.List<Long>> chunks(java.util.Collection<Long> ids) {
        var list = java.util.List.copyOf(ids);
        var chunks = new java.util.ArrayList<java.util.List<Long>>();
        for (int i = 0; i < list.size(); i += 1000) {
            chunks.add(list.subList(i, Math.min(list.size(), i + 1000)));
        }
        return chunks;
    }
}
