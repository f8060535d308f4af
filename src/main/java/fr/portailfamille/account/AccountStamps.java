package fr.portailfamille.account;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account stamp each session is compared with ({@link SessionPasswordCheck}), without a database read per
 * request: the stamps are kept here for {@link #KEPT}, and an account whose password or enabled flag changes is
 * handled at once on every instance:
 * <ul>
 *   <li>on this instance, its stamp is forgotten, so the next request of an older session reads the new one;</li>
 *   <li>on all instances, its other sessions in the session store (Spring Session JDBC: one row per session, read by
 *       whichever instance serves the next request) are marked {@link #ENDED}: that mark comes with the session
 *       read every request already makes, so no instance needs to ask the account table.</li>
 * </ul>
 * A cached stamp that differs from a session's is read again before the session is ended (a login on an instance
 * whose copy is older than the change).
 */
@Component
class AccountStamps {

    static final String ENDED = "portail.account.ended";
    /** How long a stamp is trusted without reading it again (the marks above make a change take effect at once). */
    static final Duration KEPT = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AccountStamps.class);

    private final AccountStore accounts;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final Cache<Long, String> stamps = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT)
            .build();

    AccountStamps(AccountStore accounts,
                  ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** The account's stamp, possibly up to {@link #KEPT} old. */
    String current(long accountId) {
        return stamps.get(accountId, accounts::passwordStamp);
    }

    /** The account's stamp read now. */
    String fresh(long accountId) {
        String stamp = accounts.passwordStamp(accountId);
        stamps.put(accountId, stamp);
        return stamp;
    }

    /**
     * The account's password or enabled flag changed: forget its stamp here, and mark its sessions other than the
     * current request's as ended (after the commit when a transaction is open, so that no request reads the
     * old stamp again after this).
     */
    void changed(long accountId, String login) {
        stamps.invalidate(accountId);
        String current = currentSessionId();
        Runnable end = () -> {
            stamps.invalidate(accountId);
            endSessions(login, current);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private void endSessions(String login, String keep) {
        var repository = sessions.getIfAvailable();
        if (repository == null || login == null) {
            return;
        }
        endSessions(repository, login, keep);
    }

    private <S extends Session> void endSessions(FindByIndexNameSessionRepository<S> repository, String login,
                                                 String keep) {
        for (S session : repository.findByPrincipalName(login).values()) {
            if (session.getId().equals(keep) || session.getAttribute(ENDED) != null) {
                continue;
            }
            try {
                session.setAttribute(ENDED, Boolean.TRUE);
                repository.save(session);
            } catch (RuntimeException e) {
                // ended meanwhile (logged out, expired, marked by a concurrent change): the stamp still ends it
                log.debug("session of {} not marked: {}", login, e.toString());
            }
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
