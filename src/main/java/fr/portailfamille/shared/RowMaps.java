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
