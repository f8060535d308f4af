package fr.portailfamille.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database (Spring Session JDBC) without a write on every request. Spring Session marks a
 * session changed on every request because it sets its last access time, so each request that only reads (an
 * agenda page) ended with an {@code UPDATE spring_session} in its own transaction. Here the last access time is
 * written only when it moved on by {@link #STEP} or more (a changed attribute is written alone): a session idle for its whole timeout (30 minutes) may thus end up to {@link #STEP} earlier. Everything else is Spring
 * Session's own repository (attributes written when set, cleanup of expired rows, sessions by principal).
 * <p>
 * One read per request: Spring Session's filter commits the session when the response is committed (a redirect,
 * a page larger than the buffer) and again when the request ends, and that second commit looked the session up in
 * the database once more only to compare its id. Within a request ({@link OneRequest}, the filter just outside
 * Spring Session's), a session already read is answered from memory.
 */
final class QuietSessions<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessions.QuietSession<S>> {

    static final Duration STEP = Duration.ofSeconds(60);
    /** The sessions read during the current request, by id (none outside a request). */
    private static final ThreadLocal<Map<String, QuietSession<?>>> READ = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;
    private final Duration step;

    QuietSessions(FindByIndexNameSessionRepository<S> store, Duration step) {
        this.store = store;
        this.step = step;
    }

    @Override
    public QuietSession<S> createSession() {
        return new QuietSession<>(store.createSession(), step);
    }

    @Override
    public void save(QuietSession<S> session) {
        SessionTransactions.saving(() -> store.save(session.stored));
    }

    @Override
    @SuppressWarnings("unchecked")
    public QuietSession<S> findById(String id) {
        var read = READ.get();
        if (read != null && read.containsKey(id)) {
            return (QuietSession<S>) read.get(id);
        }
        S found = store.findById(id);
        var session = found == null ? null : new QuietSession<>(found, step);
        if (read != null && session != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        var read = READ.get();
        if (read != null) {
            read.clear();
        }
        SessionTransactions.deleting(() -> store.deleteById(id));
    }

    /** The bounds of one request for the sessions it read: registered just before Spring Session's filter. */
    static final class OneRequest implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (READ.get() != null) { // a forward or include of the same request
                chain.doFilter(request, response);
                return;
            }
            READ.set(new HashMap<>(2));
            try {
                chain.doFilter(request, response);
            } finally {
                READ.remove();
            }
        }
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var found = new LinkedHashMap<String, QuietSession<S>>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession<>(session, step)));
        return found;
    }

    /** A stored session whose last access time moves only by steps. */
    static final class QuietSession<S extends Session> implements Session {

        private final S stored;
        private final Duration step;

        QuietSession(S stored, Duration step) {
            this.stored = stored;
            this.step = step;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(step))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
