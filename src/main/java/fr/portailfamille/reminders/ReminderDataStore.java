package fr.portailfamille.reminders;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders' part of a household's data (issue 14): reminders sent, reminders switched off, yearly data
 * certifications (a certification is the family's activity). Anonymisation clears who certified.
 */
@Repository
class ReminderDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    ReminderDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "rappels";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "rappels_envoyes", "SELECT kind, subject, sent_at FROM reminder_sent"
                + " WHERE household_id = :h ORDER BY sent_at", householdId, sink);
        RowMaps.section(jdbc, "rappels_refuses", "SELECT kind FROM reminder_opt_out WHERE household_id = :h"
                + " ORDER BY kind", householdId, sink);
        RowMaps.section(jdbc, "certifications", "SELECT school_year_start, confirmed_at, confirmed_by"
                + " FROM data_certification WHERE household_id = :h ORDER BY school_year_start", householdId, sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(confirmed_at) FROM data_certification WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("UPDATE data_certification SET confirmed_by = 'Anonyme' WHERE household_id = :h")
                .param("h", householdId).update();
    }
}
