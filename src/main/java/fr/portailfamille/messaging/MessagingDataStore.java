package fr.portailfamille.messaging;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's part of a household's data (issue 14): conversations, messages and their attachments in the download;
 * anonymisation deletes them all, with the notification setting.
 */
@Repository
class MessagingDataStore implements HouseholdData {

    private static final String CONVERSATIONS = "SELECT id FROM conversation WHERE household_id = :h";

    private final JdbcClient jdbc;

    MessagingDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "messages";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "conversations", "SELECT id, subject, origin, created_at, last_message_at FROM conversation WHERE household_id = :h"
                        + " ORDER BY id", householdId, sink);
        RowMaps.section(jdbc, "messages", "SELECT id, conversation_id, author, author_name, body, sent_at FROM inbox_message"
                        + " WHERE conversation_id IN (" + CONVERSATIONS + ") ORDER BY conversation_id, sent_at, id", householdId, sink);
        RowMaps.section(jdbc, "pieces_jointes", "SELECT id, message_id, file_name, content_type, size_bytes FROM inbox_attachment"
                        + " WHERE conversation_id IN (" + CONVERSATIONS + ") ORDER BY id", householdId, sink);
        RowMaps.section(jdbc, "preferences", "SELECT email_notifications FROM messaging_preference WHERE household_id = :h", householdId, sink);
    }

    @Override
    public void files(long householdId, Files sink) {
        RowMaps.files(jdbc, "SELECT id FROM inbox_attachment WHERE conversation_id IN (" + CONVERSATIONS
                + ") ORDER BY id", householdId, "SELECT id, file_name, content_type, content FROM inbox_attachment"
                + " WHERE id = :id", "message", sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(last_message_at) FROM conversation WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        int n = jdbc.sql("DELETE FROM inbox_attachment WHERE conversation_id IN (" + CONVERSATIONS + ")")
                .param("h", householdId).update();
        n += jdbc.sql("DELETE FROM inbox_message WHERE conversation_id IN (" + CONVERSATIONS + ")")
                .param("h", householdId).update();
        n += jdbc.sql("DELETE FROM conversation WHERE household_id = :h").param("h", householdId).update();
        n += jdbc.sql("DELETE FROM messaging_preference WHERE household_id = :h").param("h", householdId).update();
        return n;
    }
}
