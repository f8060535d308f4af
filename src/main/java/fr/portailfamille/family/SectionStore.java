package fr.portailfamille.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes a section of the record as canonical field → value maps (what requests carry). */
@Repository
class SectionStore {

    private final JdbcClient jdbc;
    private final HouseholdStore households;

    SectionStore(JdbcClient jdbc, HouseholdStore households) {
        this.jdbc = jdbc;
        this.households = households;
    }

    /** The validated values of a section, every field present ("" when empty). */
    LinkedHashMap<String, String> read(Section section, long householdId, Long childId) {
        var raw = new LinkedHashMap<String, Object>();
        switch (section) {
            case GUARDIAN, SECOND_GUARDIAN -> {
                households.guardian(householdId,
                    section == Section.GUARDIAN ? Households.PRIMARY : Households.SECOND).ifPresent(g -> {
                        raw.put("civility", g.civility());
                        raw.put("lastName", g.lastName());
                        raw.put("firstName", g.firstName());
                        raw.put("birthDate", g.birthDate());
                        raw.put("addressLine", g.addressLine());
                        raw.put("postalCode", g.postalCode());
                        raw.put("city", g.city());
                        raw.put("phoneMobile", g.phoneMobile());
                        raw.put("phoneHome", g.phoneHome());
                        raw.put("phoneWork", g.phoneWork());
                        raw.put("email", g.email());
                        raw.put("profession", g.profession());
                        raw.put("employer", g.employer());
                    });
            // the family's address is the primary guardian's: what Accueil shows is what the form starts from
            if (section == Section.GUARDIAN && blank(raw.get("addressLine")) && blank(raw.get("postalCode"))
                    && blank(raw.get("city"))) {
                households.find(householdId).ifPresent(h -> {
                    raw.put("addressLine", h.addressLine());
                    raw.put("postalCode", h.postalCode());
                    raw.put("city", h.city());
                });
            }
            }
            case FISCAL, ALLOWANCE, BANK, PAYMENT_METHOD -> households.find(householdId).ifPresent(h -> {
                raw.put("referenceIncome", h.fiscal().referenceIncomeCents());
                raw.put("taxParts", h.fiscal().partsHundredths());
                raw.put("taxYear", h.fiscal().taxYear());
                raw.put("allowanceFund", h.allowance().fund());
                raw.put("allowanceNumber", h.allowance().number());
                raw.put("quotient", h.allowance().quotient());
                raw.put("quotientSince", h.allowance().quotientSince());
                raw.put("bankHolder", h.bank().holder());
                raw.put("iban", h.bank().iban());
                raw.put("bic", h.bank().bic());
                raw.put("paymentMethod", h.paymentMethod() == null ? null : h.paymentMethod().name());
            });
            case NEW_CHILD -> {
            }
            case CHILD_IDENTITY -> households.child(childId).ifPresent(c -> {
                raw.put("firstName", c.firstName());
                raw.put("lastName", c.lastName());
                raw.put("birthDate", c.birthDate());
                raw.put("sex", c.sex());
            });
            case COMPLEMENTARY -> {
                households.child(childId).ifPresent(c -> {
                    raw.put("school", c.school());
                    raw.put("schoolClass", c.schoolClass());
                });
                row("SELECT * FROM child_complementary WHERE child_id = :id", childId, raw, Map.of(
                        "schoolYear", "school_year", "doctorName", "doctor_name", "doctorPhone", "doctor_phone",
                        "insurer", "insurer", "policyNumber", "policy_number", "otherInfo", "other_info"));
            }
            case HEALTH -> row("SELECT * FROM child_health WHERE child_id = :id", childId, raw, Map.of(
                    "foodAllergies", "food_allergies", "medicineAllergies", "medicine_allergies",
                    "otherAllergies", "other_allergies", "allergyActions", "allergy_actions", "pai", "pai",
                    "diet", "diet", "dtpDate", "dtp_date", "medicalNotes", "medical_notes",
                    "specialNeeds", "special_needs"));
            case AUTHORISATIONS -> {
                row("SELECT leave_alone FROM child_consent WHERE child_id = :id", childId, raw,
                        Map.of("leaveAlone", "leave_alone"));
                int i = 1;
                for (var p : pickupPersons(childId)) {
                    raw.put("pickup" + i + "Name", p.get("full_name"));
                    raw.put("pickup" + i + "Relationship", p.get("relationship"));
                    raw.put("pickup" + i + "Phone", p.get("phone"));
                    raw.put("pickup" + i + "PhoneOther", p.get("phone_other"));
                    i++;
                }
            }
            case PHOTO -> raw.put("photo", photoName(childId));
        }
        var values = new LinkedHashMap<String, String>();
        for (Field f : section.fields()) {
            Object v = raw.get(f.name());
            values.put(f.name(), v == null ? "" : v.toString());
        }
        if (section == Section.PHOTO) {
            values.put("photo", raw.get("photo") == null ? "" : raw.get("photo").toString());
        }
        return values;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    /** Whether the section holds validated data (for completeness). */
    boolean filled(Section section, long householdId, Long childId) {
        return switch (section) {
            case GUARDIAN -> households.guardian(householdId, Households.PRIMARY).isPresent();
            case ALLOWANCE -> households.find(householdId).map(h -> h.allowance().quotient() != null).orElse(false);
            case AUTHORISATIONS -> exists("child_consent", childId);
            case COMPLEMENTARY -> exists("child_complementary", childId);
            case HEALTH -> exists("child_health", childId);
            default -> true;
        };
    }

    /** Writes the values of an accepted request (or an agent's correction) into the record. */
    void write(Section section, long householdId, Long childId, Map<String, String> v) {
        switch (section) {
            case GUARDIAN, SECOND_GUARDIAN -> {
                households.saveGuardian(householdId,
                        section == Section.GUARDIAN ? Households.PRIMARY : Households.SECOND,
                        v.getOrDefault("lastName", "").isEmpty() ? null : new Guardian(s(v, "civility"),
                                s(v, "lastName"), s(v, "firstName"), d(v, "birthDate"), s(v, "addressLine"),
                                s(v, "postalCode"), s(v, "city"), s(v, "phoneHome"), s(v, "phoneMobile"),
                                s(v, "phoneWork"), s(v, "email"), s(v, "profession"), s(v, "employer")));
                if (section == Section.GUARDIAN && !blank(v.get("addressLine"))) {
                    households.saveAddress(householdId, s(v, "addressLine"), s(v, "postalCode"), s(v, "city"));
                }
            }
            case FISCAL -> households.saveFiscal(householdId, new FiscalData(l(v, "referenceIncome"),
                    i(v, "taxParts"), i(v, "taxYear")));
            case ALLOWANCE -> households.saveAllowance(householdId, new AllowanceData(s(v, "allowanceFund"),
                    s(v, "allowanceNumber"), i(v, "quotient"), d(v, "quotientSince")));
            case BANK -> households.saveBank(householdId, new BankDetails(s(v, "bankHolder"), s(v, "iban"),
                    s(v, "bic")));
            case PAYMENT_METHOD -> households.savePaymentMethod(householdId,
                    s(v, "paymentMethod") == null ? null : PaymentMethod.valueOf(s(v, "paymentMethod")));
            case NEW_CHILD -> throw new IllegalArgumentException("use createChild");
            case CHILD_IDENTITY -> jdbc.sql("""
                    UPDATE child SET first_name = :first, last_name = :last, birth_date = :birth, sex = :sex
                     WHERE id = :id""")
                    .param("first", s(v, "firstName")).param("last", s(v, "lastName"))
                    .param("birth", d(v, "birthDate")).param("sex", s(v, "sex")).param("id", childId).update();
            case COMPLEMENTARY -> {
                households.saveSchooling(childId, s(v, "school"), s(v, "schoolClass"));
                jdbc.sql("DELETE FROM child_complementary WHERE child_id = :id").param("id", childId).update();
                jdbc.sql("""
                        INSERT INTO child_complementary (child_id, school_year, doctor_name, doctor_phone, insurer,
                            policy_number, other_info)
                        VALUES (:id, :year, :doctor, :doctorPhone, :insurer, :policy, :other)""")
                        .param("id", childId).param("year", s(v, "schoolYear")).param("doctor", s(v, "doctorName"))
                        .param("doctorPhone", s(v, "doctorPhone")).param("insurer", s(v, "insurer"))
                        .param("policy", s(v, "policyNumber")).param("other", s(v, "otherInfo")).update();
            }
            case HEALTH -> {
                jdbc.sql("DELETE FROM child_health WHERE child_id = :id").param("id", childId).update();
                jdbc.sql("""
                        INSERT INTO child_health (child_id, food_allergies, medicine_allergies, other_allergies,
                            allergy_actions, pai, diet, dtp_date, medical_notes, special_needs)
                        VALUES (:id, :food, :medicine, :other, :actions, :pai, :diet, :dtp, :notes, :needs)""")
                        .param("id", childId).param("food", s(v, "foodAllergies"))
                        .param("medicine", s(v, "medicineAllergies")).param("other", s(v, "otherAllergies"))
                        .param("actions", s(v, "allergyActions")).param("pai", "true".equals(v.get("pai")))
                        .param("diet", s(v, "diet")).param("dtp", d(v, "dtpDate"))
                        .param("notes", s(v, "medicalNotes")).param("needs", s(v, "specialNeeds")).update();
            }
            case AUTHORISATIONS -> {
                // the legacy_* columns (image rights, emergency care, outings before V175) are kept as they were
                boolean alone = "true".equals(v.get("leaveAlone"));
                if (jdbc.sql("UPDATE child_consent SET leave_alone = :alone WHERE child_id = :id")
                        .param("alone", alone).param("id", childId).update() == 0) {
                    jdbc.sql("INSERT INTO child_consent (child_id, leave_alone) VALUES (:id, :alone)")
                            .param("id", childId).param("alone", alone).update();
                }
                jdbc.sql("DELETE FROM pickup_person WHERE child_id = :id").param("id", childId).update();
                int position = 1;
                for (int row = 1; row <= Section.PICKUP_ROWS; row++) {
                    String g = "pickup" + row;
                    if (s(v, g + "Name") == null) {
                        continue;
                    }
                    jdbc.sql("""
                            INSERT INTO pickup_person (child_id, position, full_name, relationship, phone, phone_other)
                            VALUES (:id, :pos, :name, :rel, :phone, :other)""")
                            .param("id", childId).param("pos", position++).param("name", s(v, g + "Name"))
                            .param("rel", s(v, g + "Relationship")).param("phone", s(v, g + "Phone"))
                            .param("other", s(v, g + "PhoneOther")).update();
                }
            }
            case PHOTO -> throw new IllegalArgumentException("use savePhoto");
        }
    }

    long createChild(long householdId, Map<String, String> v) {
        return households.insertChild(householdId, s(v, "firstName"), s(v, "lastName"), d(v, "birthDate"),
                s(v, "sex"));
    }

    void savePhoto(long childId, String name, String type, byte[] content, java.time.Instant at) {
        jdbc.sql("DELETE FROM child_photo WHERE child_id = :id").param("id", childId).update();
        jdbc.sql("""
                INSERT INTO child_photo (child_id, file_name, content_type, content, updated_at)
                VALUES (:id, :name, :type, :content, :at)""")
                .param("id", childId).param("name", name).param("type", type).param("content", content)
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update();
    }

    java.util.Optional<StoredFile> photo(long childId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM child_photo WHERE child_id = :id")
                .param("id", childId).query((rs, n) -> file(rs)).optional();
    }

    void saveDocument(long householdId, String kind, String name, String type, byte[] content,
                      java.time.Instant at) {
        jdbc.sql("DELETE FROM household_document WHERE household_id = :h AND kind = :kind")
                .param("h", householdId).param("kind", kind).update();
        jdbc.sql("""
                INSERT INTO household_document (household_id, kind, file_name, content_type, content, updated_at)
                VALUES (:h, :kind, :name, :type, :content, :at)""")
                .param("h", householdId).param("kind", kind).param("name", name).param("type", type)
                .param("content", content)
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update();
    }

    java.util.Optional<StoredFile> document(long householdId, String kind) {
        return jdbc.sql("SELECT file_name, content_type, content FROM household_document WHERE household_id = :h AND kind = :kind")
                .param("h", householdId).param("kind", kind).query((rs, n) -> file(rs)).optional();
    }

    /** A stored photo or proof. */
    record StoredFile(String name, String contentType, byte[] content) {
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"));
    }

    private String photoName(Long childId) {
        return jdbc.sql("SELECT file_name FROM child_photo WHERE child_id = :id").param("id", childId)
                .query(String.class).optional().orElse(null);
    }

    private boolean exists(String table, Long childId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE child_id = :id").param("id", childId)
                .query(Long.class).single() > 0;
    }

    private List<Map<String, Object>> pickupPersons(Long childId) {
        return jdbc.sql("SELECT * FROM pickup_person WHERE child_id = :id ORDER BY position")
                .param("id", childId).query().listOfRows();
    }

    private void row(String sql, Long childId, Map<String, Object> into, Map<String, String> columns) {
        jdbc.sql(sql).param("id", childId).query().listOfRows().stream().findFirst().ifPresent(r ->
                columns.forEach((field, column) -> {
                    Object value = r.get(column);
                    if (value instanceof java.sql.Date date) {
                        value = date.toLocalDate();
                    }
                    into.put(field, value);
                }));
    }

    private static String s(Map<String, String> v, String key) {
        String value = v.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate d(Map<String, String> v, String key) {
        String value = s(v, key);
        return value == null ? null : LocalDate.parse(value);
    }

    private static Long l(Map<String, String> v, String key) {
        String value = s(v, key);
        return value == null ? null : Long.valueOf(value);
    }

    private static Integer i(Map<String, String> v, String key) {
        String value = s(v, key);
        return value == null ? null : Integer.valueOf(value);
    }
}
