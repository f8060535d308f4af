package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The family record's part of a household's data: the download (household, guardians, children with their health
 * and complementary data, consents, pick-up persons, documents, SEPA mandates) and anonymisation (issue 14).
 */
@Repository
class FamilyDataStore implements HouseholdData {

    static final String ANONYMOUS = "Anonyme";

    private final JdbcClient jdbc;
    private final Clock clock;

    FamilyDataStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "famille";
    }

    private static final String CHILDREN = "SELECT id FROM child WHERE household_id = :h";

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "foyer", "SELECT * FROM household WHERE id = :h", householdId, sink);
        RowMaps.section(jdbc, "responsables", "SELECT * FROM guardian WHERE household_id = :h ORDER BY role", householdId, sink);
        RowMaps.section(jdbc, "enfants", "SELECT * FROM child WHERE household_id = :h ORDER BY id", householdId, sink);
        RowMaps.section(jdbc, "donnees_sanitaires", "SELECT * FROM child_health WHERE child_id IN (" + CHILDREN + ") ORDER BY child_id",
                householdId, sink);
        RowMaps.section(jdbc, "donnees_complementaires", "SELECT * FROM child_complementary WHERE child_id IN (" + CHILDREN
                + ") ORDER BY child_id", householdId, sink);
        RowMaps.section(jdbc, "autorisations", "SELECT * FROM child_consent WHERE child_id IN (" + CHILDREN + ") ORDER BY child_id",
                householdId, sink);
        RowMaps.section(jdbc, "personnes_autorisees", "SELECT * FROM pickup_person WHERE child_id IN (" + CHILDREN
                + ") ORDER BY child_id, position", householdId, sink);
        RowMaps.section(jdbc, "justificatifs", "SELECT kind, file_name, content_type, updated_at FROM household_document"
                + " WHERE household_id = :h ORDER BY kind", householdId, sink);
        RowMaps.section(jdbc, "photos", "SELECT child_id, file_name, content_type, updated_at FROM child_photo WHERE child_id IN ("
                + CHILDREN + ") ORDER BY child_id", householdId, sink);
        RowMaps.section(jdbc, "mandats_sepa", "SELECT * FROM sepa_mandate WHERE household_id = :h ORDER BY id", householdId, sink);
    }


    @Override
    public void files(long householdId, Files sink) {
        jdbc.sql("SELECT kind, file_name, content_type, content FROM household_document WHERE household_id = :h"
                        + " ORDER BY kind")
                .param("h", householdId)
                .query((RowCallbackHandler) rs -> sink.file("justificatif-" + rs.getString("kind").toLowerCase()
                        + "-" + rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")));
        jdbc.sql("SELECT p.child_id, p.file_name, p.content_type, p.content FROM child_photo p"
                        + " JOIN child c ON c.id = p.child_id WHERE c.household_id = :h ORDER BY p.child_id")
                .param("h", householdId)
                .query((RowCallbackHandler) rs -> sink.file("photo-enfant-" + rs.getLong("child_id") + "-"
                        + rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")));
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return jdbc.sql("SELECT created_at FROM household WHERE id = :h").param("h", householdId)
                .query(java.time.OffsetDateTime.class).list().stream()
                .findFirst().map(t -> t.atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    @Override
    public int anonymise(long householdId) {
        int n = deleteChildData("child_health", householdId) + deleteChildData("child_complementary", householdId)
                + deleteChildData("child_consent", householdId) + deleteChildData("pickup_person", householdId)
                + deleteChildData("child_photo", householdId);
        n += jdbc.sql("DELETE FROM household_document WHERE household_id = :h").param("h", householdId).update();
        n += jdbc.sql("""
                UPDATE household SET name = :name, address_line = NULL, postal_code = NULL, city = NULL,
                       allowance_number = NULL, tax_reference_income_cents = NULL, tax_parts_hundredths = NULL,
                       tax_year = NULL, bank_holder = NULL, iban = NULL, bic = NULL
                 WHERE id = :h""")
                .param("name", anonymousHousehold(householdId)).param("h", householdId).update();
        n += jdbc.sql("""
                UPDATE guardian SET last_name = :anon, first_name = :anon, civility = NULL, birth_date = NULL,
                       address_line = NULL, postal_code = NULL, city = NULL, phone_home = NULL, phone_mobile = NULL,
                       phone_work = NULL, email = NULL, profession = NULL, employer = NULL
                 WHERE household_id = :h""")
                .param("anon", ANONYMOUS).param("h", householdId).update();
        // a child keeps only its birth year and sex: enough for the town's statistics, not to find the child
        record Kid(long id, LocalDate birthDate) {
        }
        List<Kid> kids = jdbc.sql("SELECT id, birth_date FROM child WHERE household_id = :h").param("h", householdId)
                .query(Kid.class).list();
        for (Kid kid : kids) {
            n += jdbc.sql("""
                    UPDATE child SET first_name = :first, last_name = :last, birth_date = :born, school = NULL,
                           school_class = NULL WHERE id = :id""")
                    .param("first", "Enfant").param("last", "n° " + kid.id())
                    .param("born", LocalDate.of(kid.birthDate().getYear(), 1, 1)).param("id", kid.id()).update();
        }
        n += jdbc.sql("""
                UPDATE sepa_mandate SET holder = :anon, iban = '', bic = NULL, previous_iban = NULL, active = FALSE,
                       revoked_on = COALESCE(revoked_on, :today)
                 WHERE household_id = :h""")
                .param("anon", ANONYMOUS).param("today", LocalDate.now(clock)).param("h", householdId).update();
        return n;
    }

    static String anonymousHousehold(long householdId) {
        return "Foyer anonymisé n° " + householdId;
    }

    private int deleteChildData(String table, long householdId) {
        return jdbc.sql("DELETE FROM " + table + " WHERE child_id IN (" + CHILDREN + ")").param("h", householdId)
                .update();
    }

    /** Children whose health or complementary data is on record, with their household's creation day. */
    List<CareDataHolder> childrenWithCareData() {
        return jdbc.sql("""
                SELECT c.id, c.household_id, h.created_at FROM child c JOIN household h ON h.id = c.household_id
                 WHERE EXISTS (SELECT 1 FROM child_health x WHERE x.child_id = c.id)
                    OR EXISTS (SELECT 1 FROM child_complementary x WHERE x.child_id = c.id)
                 ORDER BY c.id""")
                .query((rs, i) -> new CareDataHolder(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                                .toLocalDate()))
                .list();
    }

    /** Deletes a child's health and complementary data; how many rows went. */
    int deleteCareData(long childId) {
        return jdbc.sql("DELETE FROM child_health WHERE child_id = :c").param("c", childId).update()
                + jdbc.sql("DELETE FROM child_complementary WHERE child_id = :c").param("c", childId).update();
    }

    List<Long> householdsCreatedBefore(LocalDate day) {
        return jdbc.sql("SELECT id FROM household WHERE created_at < :t ORDER BY id")
                .param("t", day.atStartOfDay(clock.getZone()).toOffsetDateTime()).query(Long.class).list();
    }

    java.util.Set<Long> withPhoto(java.util.Collection<Long> childIds) {
        return new java.util.HashSet<>(jdbc.sql("SELECT child_id FROM child_photo WHERE child_id IN (:ids)")
                .param("ids", List.copyOf(childIds)).query(Long.class).list());
    }
}
