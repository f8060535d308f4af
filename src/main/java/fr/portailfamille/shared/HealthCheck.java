package fr.portailfamille.shared;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /sante}: the load balancer's health check (HAProxy's {@code option httpchk}, docs/exploitation.md).
 * 200 « OK » when the application and its database answer, 503 « Indisponible » otherwise; nothing else (no
 * version, no detail). It creates no session and sets no cookie: its security chain is stateless
 * ({@code account.SecurityConfig}), and it is a functional route, outside the controllers and their
 * {@code @ControllerAdvice} model (town settings, badges) and the error page. Before, the check asked for
 * {@code /connexion}, whose CSRF token made a new session row every second on each instance.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class HealthCheck {

    static final String PATH = "/sante";

    @Bean(destroyMethod = "close")
    DatabaseProbe databaseProbe(DataSource dataSource,
                                @Value("${portail.health.database-timeout:3s}") Duration timeout) {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
        return new DatabaseProbe(() -> jdbc.queryForObject("SELECT 1", Integer.class), timeout);
    }

    @Bean
    RouterFunction<ServerResponse> healthRoute(DatabaseProbe database) {
        return RouterFunctions.route().GET(PATH, request -> {
            boolean up = database.answers();
            return ServerResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(up ? "OK" : "Indisponible");
        }).build();
    }
}
