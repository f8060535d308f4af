package fr.portailfamille.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result row as plain values for a data download ({@link HouseholdData}): column names in lower case, days as
 * ISO dates, instants as ISO instants, binary columns left out.
 */
public final class RowMaps {

    private RowMaps() {
    }

    /** Streams the rows of a query on one household ({@code :h}) to the sink, as one section. */
    public static void section(org.springframework.jdbc.core.simple.JdbcClient jdbc, String section, String sql,
                               long householdId, HouseholdData.Rows sink) {
        jdbc.sql(sql).param("h", householdId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.row(section, of(rs)));
    }

    /**
     * Streams a household's files one at a time: {@code idsSql} lists their ids (household {@code :h}),
     * {@code fileSql} reads one ({@code :id}) as id, file name, content type, content. Each is named
     * {@code prefix-id-name}. Only one file is ever in memory, however many the household has.
     */
    public static void files(org.springframework.jdbc.core.simple.JdbcClient jdbc, String idsSql, long householdId,
                             String fileSql, String prefix, HouseholdData.Files sink) {
        for (long id : jdbc.sql(idsSql).param("h", householdId).query(Long.class).list()) {
            jdbc.sql(fileSql).param("id", id).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.file(
                    prefix + "-" + rs.getLong(1) + "-" + rs.getString(2), rs.getString(3), rs.getBytes(4)));
        }
    }

    /** The day of a {@code MAX(...)} query's single value (a date or an instant), empty when there is none. */
    public static java.util.Optional<java.time.LocalDate> latestDay(java.util.List<Object> column) {
        return column.stream().filter(java.util.Objects::nonNull).findFirst().map(RowMaps::day);
    }

    private static java.time.LocalDate day(Object v) {
        if (v instanceof java.time.LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return java.time.LocalDate.parse(v.toString().substring(0, 10));
    }

    public static Map<String, Object> of(ResultSet rs) throws SQLException {
        var meta = rs.getMetaData();
        var row = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof byte[] || v instanceof java.sql.Blob) {
                continue;
            }
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), plain(v));
        }
        return row;
    }

    static Object plain(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        if (v instanceof java.time.temporal.Temporal t) {
            return t.toString();
        }
        if (v instanceof java.sql.Clob c) {
            try {
                return c.getSubString(1, (int) c.length());
            } catch (SQLException e) {
                return null;
            }
        }
        return v;
    }
}
