package fr.portailfamille.account;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables by Flyway V95), so that any instance behind the load balancer
 * serves any family. Declared here rather than left to Spring Boot's auto-configuration so that the session filter
 * uses {@link QuietSessions}: a request that changes nothing in its session writes nothing. Boot's
 * {@code spring.session.jdbc.*} properties do not apply; the timeout is {@code server.servlet.session.timeout} and
 * the cleanup of expired rows {@code portail.session.cleanup-cron}, run once across instances by {@link SessionCleanup}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession
class SessionStoreConfig {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> portalSessionStore(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout,
            javax.sql.DataSource dataSource) {
        boolean postgres = isPostgres(dataSource);
        return store -> {
            store.setDefaultMaxInactiveInterval(timeout);
            // Spring Session's own cleanup runs on every instance without a lock: SessionCleanup runs it once
            store.setCleanupCron(org.springframework.scheduling.annotation.Scheduled.CRON_DISABLED);
            if (postgres) {
                // Two requests of one new session (a page and its redirect, a double tap) may both add the same
                // attribute: a plain INSERT then fails on the primary key and the family gets an error page.
                // Spring Session's PostgreSQL upsert makes the second one an update.
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(store);
            }
        };
    }

    private static boolean isPostgres(javax.sql.DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The session store cannot read the database's kind", e);
        }
    }

    /** Reads of a session in one statement, without a transaction; writes in one ({@link SessionTransactions}). */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions,
                                                             javax.sql.DataSource dataSource) {
        return new SessionTransactions(new TransactionTemplate(transactions),
                new org.springframework.jdbc.core.JdbcTemplate(dataSource), isPostgres(dataSource));
    }

    /**
     * The application's own {@link TransactionTemplate}, as Spring Boot declares it when there is no other
     * {@link TransactionOperations} bean (the one above makes Boot's back off).
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /** A session read once per request ({@link QuietSessions}): this filter runs just outside Spring Session's. */
    @Bean
    FilterRegistrationBean<QuietSessions.OneRequest> sessionReadsOfOneRequest() {
        var registration = new FilterRegistrationBean<>(new QuietSessions.OneRequest());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR,
                DispatcherType.FORWARD, DispatcherType.INCLUDE);
        return registration;
    }

    /** The repository the session filter uses (the primary one); the JDBC repository stays a bean of its own. */
    @Bean
    @Primary
    QuietSessions<?> quietSessions(JdbcIndexedSessionRepository store,
                                   @Value("${portail.session.last-access-step:60s}") Duration step) {
        return new QuietSessions<>(store, step);
    }
}
