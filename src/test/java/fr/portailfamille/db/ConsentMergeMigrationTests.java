package fr.portailfamille.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.support.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V175 takes the old « Autorisations » section's image rights, emergency care and outings over as consent answers:
 * on every type of the matching category, dated by the last accepted request and signed by its author, never over
 * an answer the child already has; a category without a type is skipped, and the old values stay in legacy columns.
 * On a fresh H2 and, when the run has one, on a fresh PostgreSQL schema.
 */
class ConsentMergeMigrationTests {

    @Test
    void onH2() throws Exception {
        String url = "jdbc:h2:mem:consentmerge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        // one connection, never closed, for Flyway and the test: H2 2.4 compiles a check constraint's IN list in the
        // session that created it, and fails once that session is closed
        var ds = new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, "sa", "", true);
        try {
            check(Flyway.configure().dataSource(ds), ds::getConnection);
        } finally {
            ds.destroy();
        }
    }

    @Test
    void onPostgres() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "no PostgreSQL in this run");
        var db = TestDatabase.choose();
        String url = db.get("spring.datasource.url");
        String user = db.get("spring.datasource.username");
        String password = db.get("spring.datasource.password");
        try (var c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS consentmerge_check CASCADE");
        }
        try {
            check(Flyway.configure().dataSource(url, user, password).schemas("consentmerge_check").createSchemas(true),
                    () -> {
                        var c = DriverManager.getConnection(url, user, password);
                        c.createStatement().execute("SET search_path TO consentmerge_check");
                        return c;
                    });
        } finally {
            try (var c = DriverManager.getConnection(url, user, password)) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS consentmerge_check CASCADE");
            }
        }
    }

    interface Connections {
        Connection open() throws SQLException;
    }

    record Answer(String type, String answer, Instant at, String by) {
    }

    private void check(org.flywaydb.core.api.configuration.FluentConfiguration flyway, Connections connections)
            throws Exception {
        // every migration before V175 (whichever is the last one then), the data of a town that used both ways
        var before = java.util.Arrays.stream(flyway.load().info().all()).map(i -> i.getVersion())
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("175")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(flyway.target(before).load().migrate().success).isTrue();
        long household;
        long withOldAnswers;
        long withConsents;
        long withNothing;
        Instant decided = Instant.parse("2025-03-01T09:30:00Z");
        try (var c = connections.open()) {
            household = insert(c, "INSERT INTO household (name) VALUES ('Famille Reprise')");
            withOldAnswers = child(c, household, "Alice");
            withConsents = child(c, household, "Bruno");
            withNothing = child(c, household, "Chloé");
            // the town's consent types: two image uses, emergency care, outings; no transport type
            insert(c, "INSERT INTO consent_type (name, category) VALUES ('Photos sur le site', 'IMAGE')");
            insert(c, "INSERT INTO consent_type (name, category) VALUES ('Photos dans le journal', 'IMAGE')");
            insert(c, "INSERT INTO consent_type (name, category) VALUES ('Soins d''urgence', 'EMERGENCY_CARE')");
            insert(c, "INSERT INTO consent_type (name, category) VALUES ('Sorties', 'OUTING')");
            insert(c, "INSERT INTO consent_type (name, category) VALUES ('Piscine', 'OTHER')");
            c.createStatement().execute("INSERT INTO child_consent (child_id, leave_alone, image_rights, emergency_care,"
                    + " outing_transport) VALUES (" + withOldAnswers + ", TRUE, TRUE, FALSE, TRUE)");
            c.createStatement().execute("INSERT INTO child_consent (child_id, leave_alone, image_rights, emergency_care,"
                    + " outing_transport) VALUES (" + withConsents + ", FALSE, TRUE, TRUE, TRUE)");
            // Alice's section: an older accepted request, the last accepted one, and a pending one after it
            request(c, household, withOldAnswers, "ACCEPTED", "2024-09-01T08:00:00Z", "Ancien Auteur (ancien@example.org)");
            request(c, household, withOldAnswers, "ACCEPTED", decided.toString(), "Claire Reprise (claire@example.org)");
            request(c, household, withOldAnswers, "PENDING", null, "Claire Reprise (claire@example.org)");
            // Bruno: the family already answered the website use in the consents (refused), and nothing else
            c.createStatement().execute("INSERT INTO consent_answer (household_id, child_id, consent_type_id, answer,"
                    + " answered_at, answered_by) SELECT " + household + ", " + withConsents + ", id, 'REFUSED',"
                    + " TIMESTAMP WITH TIME ZONE '2025-06-01 10:00:00+00', 'Bruno Parent' FROM consent_type"
                    + " WHERE name = 'Photos sur le site'");
        }

        assertThat(flyway.target(org.flywaydb.core.api.MigrationVersion.LATEST).load().migrate().success).isTrue();

        try (var c = connections.open()) {
            var alice = answers(c, withOldAnswers);
            assertThat(alice).extracting(Answer::type, Answer::answer).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Photos sur le site", "GIVEN"),
                    org.assertj.core.groups.Tuple.tuple("Photos dans le journal", "GIVEN"),
                    org.assertj.core.groups.Tuple.tuple("Soins d'urgence", "REFUSED"),
                    org.assertj.core.groups.Tuple.tuple("Sorties", "GIVEN"));
            assertThat(alice).allSatisfy(a -> {
                assertThat(a.at()).isEqualTo(decided);
                assertThat(a.by()).isEqualTo("Claire Reprise (claire@example.org) (reprise de la fiche enfant)");
            });

            var bruno = answers(c, withConsents);
            assertThat(bruno).extracting(Answer::type, Answer::answer).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Photos sur le site", "REFUSED"),
                    org.assertj.core.groups.Tuple.tuple("Photos dans le journal", "GIVEN"),
                    org.assertj.core.groups.Tuple.tuple("Soins d'urgence", "GIVEN"),
                    org.assertj.core.groups.Tuple.tuple("Sorties", "GIVEN"));
            assertThat(bruno.get(0).by()).as("the family's own answer is untouched").isEqualTo("Bruno Parent");
            assertThat(bruno.subList(1, 4)).extracting(Answer::by).containsOnly("Reprise de la fiche enfant");

            assertThat(answers(c, withNothing)).isEmpty();

            // the old values stay, under names that say so; new rows leave them empty
            var rs = c.createStatement().executeQuery("SELECT leave_alone, legacy_image_rights, legacy_emergency_care,"
                    + " legacy_outing_transport FROM child_consent WHERE child_id = " + withOldAnswers);
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                    .containsExactly(true, true, false, true);
            c.createStatement().execute("INSERT INTO child_consent (child_id, leave_alone) VALUES (" + withNothing
                    + ", FALSE)");
        }
    }

    private static List<Answer> answers(Connection c, long childId) throws SQLException {
        var rs = c.createStatement().executeQuery("SELECT t.name, a.answer, a.answered_at, a.answered_by"
                + " FROM consent_answer a JOIN consent_type t ON t.id = a.consent_type_id WHERE a.child_id = " + childId
                + " ORDER BY t.id, a.id");
        var list = new ArrayList<Answer>();
        while (rs.next()) {
            list.add(new Answer(rs.getString(1), rs.getString(2),
                    rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4)));
        }
        return list;
    }

    private static long child(Connection c, long household, String firstName) throws SQLException {
        return insert(c, "INSERT INTO child (household_id, first_name, last_name, birth_date, sex) VALUES (" + household
                + ", '" + firstName + "', 'Reprise', DATE '2017-05-04', 'F')");
    }

    private static void request(Connection c, long household, long childId, String status, String decidedAt,
                                String by) throws SQLException {
        insert(c, "INSERT INTO request (household_id, kind, subject_id, subject_label, proposed, current_values, status,"
                + " created_at, decided_at, requested_by) VALUES (" + household + ", 'family.child-authorisations', "
                + childId + ", 'Alice', '{}', '{}', '" + status + "', TIMESTAMP WITH TIME ZONE '2024-08-01 08:00:00+00', "
                + (decidedAt == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + decidedAt.replace('T', ' ')
                        .replace("Z", "+00") + "'") + ", '" + by + "')");
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (var st = c.prepareStatement(sql, new String[] {"id"})) {
            st.executeUpdate();
            var keys = st.getGeneratedKeys();
            return keys.next() ? keys.getLong(1) : -1;
        }
    }
}
