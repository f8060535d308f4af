package fr.portailfamille.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Conversations, messages and attachments. Every family read is filtered by household id here. */
@Repository
class MessageStore {

    static final int EXCERPT_LENGTH = 140;

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertConversation(long householdId, String subject, boolean crocVacances, Author origin, boolean handled,
                            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO conversation (household_id, subject, croc_vacances, origin, handled, created_at,
                    last_message_at, last_excerpt)
                VALUES (:h, :subject, :croc, :origin, :handled, :at, :at, '')""")
                .param("h", householdId).param("subject", subject).param("croc", crocVacances)
                .param("origin", origin == Author.AGENT ? "TOWN" : origin.name()).param("handled", handled)
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Adds a message and moves the conversation's counters: a town message is one more unread for the
     * family; a family message marks the conversation unread for the town and reopens it.
     */
    long insertMessage(long conversationId, Author author, String authorName, String body, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inbox_message (conversation_id, author, author_name, body, sent_at)
                VALUES (:c, :author, :name, :body, :at)""")
                .param("c", conversationId).param("author", author.name()).param("name", authorName)
                .param("body", body).param("at", utc(at))
                .update(keys, "id");
        String counters = author.isTown()
                ? "family_unread = family_unread + 1"
                : "town_unread = TRUE, handled = FALSE";
        jdbc.sql("UPDATE conversation SET last_message_at = :at, last_excerpt = :excerpt, " + counters
                        + " WHERE id = :c")
                .param("at", utc(at)).param("excerpt", excerpt(body)).param("c", conversationId).update();
        return keys.getKey().longValue();
    }

    void insertAttachment(long conversationId, long messageId, UploadedFile file) {
        jdbc.sql("""
                INSERT INTO inbox_attachment (message_id, conversation_id, file_name, content_type, size_bytes, content)
                VALUES (:m, :c, :name, :type, :size, :content)""")
                .param("m", messageId).param("c", conversationId).param("name", file.originalName())
                .param("type", file.contentType()).param("size", file.size()).param("content", file.content())
                .update();
    }

    Optional<ConversationView> conversation(long id) {
        return jdbc.sql("SELECT * FROM conversation WHERE id = :id").param("id", id)
                .query((rs, n) -> conversation(rs)).optional();
    }

    List<ConversationView> ofHousehold(long householdId) {
        return jdbc.sql("SELECT * FROM conversation WHERE household_id = :h ORDER BY last_message_at DESC, id DESC")
                .param("h", householdId).query((rs, n) -> conversation(rs)).list();
    }

    List<ConversationView> townInbox(TownFilter filter, int limit) {
        var where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.unreadOnly()) {
            where.append(" AND town_unread = TRUE");
        }
        if (filter.crocVacancesOnly()) {
            where.append(" AND croc_vacances = TRUE");
        }
        if (!filter.includeHandled()) {
            where.append(" AND handled = FALSE");
        }
        if (filter.unassignedOnly()) {
            where.append(" AND assigned_account_id IS NULL");
        }
        if (filter.assignedTo() != null) {
            where.append(" AND assigned_account_id = :agent");
            params.put("agent", filter.assignedTo());
        }
        if (filter.households() != null) {
            if (filter.households().isEmpty()) {
                return List.of();
            }
            where.append(" AND household_id IN (:households)");
            params.put("households", filter.households());
        }
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM conversation " + where
                        + " ORDER BY town_unread DESC, last_message_at DESC, id DESC LIMIT :limit")
                .params(params).query((rs, n) -> conversation(rs)).list();
    }

    List<MessageView> messages(long conversationId) {
        return jdbc.sql("""
                SELECT m.*, a.id AS attachment_id, a.file_name, a.size_bytes
                  FROM inbox_message m LEFT JOIN inbox_attachment a ON a.message_id = m.id
                 WHERE m.conversation_id = :c ORDER BY m.sent_at, m.id""")
                .param("c", conversationId)
                .query((rs, n) -> new MessageView(rs.getLong("id"), rs.getLong("conversation_id"),
                        Author.valueOf(rs.getString("author")), rs.getString("author_name"), rs.getString("body"),
                        instant(rs, "sent_at"), (Long) rs.getObject("attachment_id", Long.class),
                        rs.getString("file_name"), (Integer) rs.getObject("size_bytes", Integer.class)))
                .list();
    }

    Optional<Attachment> attachment(long conversationId, long attachmentId) {
        return jdbc.sql("""
                SELECT id, conversation_id, file_name, content_type, content FROM inbox_attachment
                 WHERE id = :id AND conversation_id = :c""")
                .param("id", attachmentId).param("c", conversationId)
                .query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("conversation_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The Accueil counter and the bar badge: one indexed sum over the family's conversations. */
    int familyUnread(long householdId) {
        return jdbc.sql("SELECT COALESCE(SUM(family_unread), 0) FROM conversation WHERE household_id = :h")
                .param("h", householdId).query(Integer.class).single();
    }

    /** Unread conversations, Croc'Vacances ones apart, and open conversations no agent is assigned to. */
    TownWork townWork() {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN town_unread THEN 1 ELSE 0 END), 0) AS unread,
                       COALESCE(SUM(CASE WHEN town_unread AND croc_vacances THEN 1 ELSE 0 END), 0) AS croc,
                       COALESCE(SUM(CASE WHEN NOT handled AND assigned_account_id IS NULL THEN 1 ELSE 0 END), 0)
                           AS unassigned
                  FROM conversation""")
                .query((rs, n) -> new TownWork(rs.getInt("unread"), rs.getInt("croc"), rs.getInt("unassigned")))
                .single();
    }

    /** E-mail notices and other event publications still incomplete after the outbox's retry delay. */
    int incompletePublications(java.time.Instant before) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND publication_date < :before").param("before", java.sql.Timestamp.from(before))
                .query(Integer.class).single();
    }

    int townUnread() {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE town_unread = TRUE").query(Integer.class).single();
    }

    void markReadByFamily(long conversationId) {
        jdbc.sql("UPDATE conversation SET family_unread = 0 WHERE id = :c AND family_unread > 0")
                .param("c", conversationId).update();
    }

    void markReadByTown(long conversationId) {
        jdbc.sql("UPDATE conversation SET town_unread = FALSE WHERE id = :c AND town_unread = TRUE")
                .param("c", conversationId).update();
    }

    void assign(long conversationId, Long accountId) {
        jdbc.sql("UPDATE conversation SET assigned_account_id = :a WHERE id = :c")
                .param("a", accountId).param("c", conversationId).update();
    }

    void setHandled(long conversationId, boolean handled) {
        jdbc.sql("UPDATE conversation SET handled = :handled, town_unread = FALSE WHERE id = :c")
                .param("handled", handled).param("c", conversationId).update();
    }

    boolean emailNotifications(long householdId) {
        return jdbc.sql("SELECT email_notifications FROM messaging_preference WHERE household_id = :h")
                .param("h", householdId).query(Boolean.class).optional().orElse(true);
    }

    void setEmailNotifications(long householdId, boolean enabled) {
        int updated = jdbc.sql("UPDATE messaging_preference SET email_notifications = :e WHERE household_id = :h")
                .param("e", enabled).param("h", householdId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO messaging_preference (household_id, email_notifications) VALUES (:h, :e)")
                    .param("e", enabled).param("h", householdId).update();
        }
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= EXCERPT_LENGTH) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, EXCERPT_LENGTH - 1);
        return flat.substring(0, end).stripTrailing() + "…";
    }

    private static ConversationView conversation(ResultSet rs) throws SQLException {
        return new ConversationView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("subject"),
                rs.getBoolean("croc_vacances"), rs.getString("origin"), rs.getBoolean("handled"),
                (Long) rs.getObject("assigned_account_id", Long.class), instant(rs, "created_at"),
                instant(rs, "last_message_at"), rs.getString("last_excerpt"), rs.getInt("family_unread"),
                rs.getBoolean("town_unread"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
