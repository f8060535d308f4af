package fr.portailfamille.onboarding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of family_import (the files imported) and imported_household (external id → household). */
@Repository
class FamilyImportStore {

    /** An import done, for the page's history. */
    record Done(long id, String fileName, String uploadedBy, Instant importedAt, int householdsCreated) {
    }

    private final JdbcClient jdbc;

    FamilyImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The digest of each line already imported under these external ids. */
    Map<String, String> digests(Collection<String> externalIds) {
        var digests = new HashMap<String, String>();
        if (externalIds.isEmpty()) {
            return digests;
        }
        for (var chunk : chunks(List.copyOf(externalIds), 1000)) {
            jdbc.sql("SELECT external_id, row_digest FROM imported_household WHERE external_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        digests.put(rs.getString("external_id"), rs.getString("row_digest"));
                    });
        }
        return digests;
    }

    long insertImport(String fileName, String content, String sha256, String agent, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO family_import (file_name, content, sha256, uploaded_by, uploaded_at)
                VALUES (:name, :content, :sha, :agent, :at)""")
                .param("name", fileName).param("content", content).param("sha", sha256).param("agent", agent)
                .param("at", utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void imported(long importId, int householdsCreated, Instant at) {
        jdbc.sql("UPDATE family_import SET imported_at = :at, households_created = :n WHERE id = :id")
                .param("at", utc(at)).param("n", householdsCreated).param("id", importId).update();
    }

    void insertHousehold(String externalId, long householdId, long importId, String digest) {
        jdbc.sql("""
                INSERT INTO imported_household (external_id, household_id, import_id, row_digest)
                VALUES (:ext, :h, :import, :digest)""")
                .param("ext", externalId).param("h", householdId).param("import", importId).param("digest", digest)
                .update();
    }

    List<Long> importedHouseholds() {
        return jdbc.sql("SELECT household_id FROM imported_household ORDER BY household_id").query(Long.class).list();
    }

    List<Done> history(int limit) {
        return jdbc.sql("""
                SELECT id, file_name, uploaded_by, imported_at, households_created FROM family_import
                 WHERE imported_at IS NOT NULL ORDER BY imported_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Done(rs.getLong("id"), rs.getString("file_name"), rs.getString("uploaded_by"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("households_created")))
                .list();
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        var chunks = new java.util.ArrayList<List<T>>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
