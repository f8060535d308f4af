package fr.portailfamille.support;

import java.util.HashMap;
import java.util.Map;

import fr.portailfamille.PortailFamilleApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts the whole portal as a town would, with exactly the given environment variables (the machine's own are not
 * seen), on a random port. For tests of what happens at start-up: the prod profile, a restored database.
 */
public final class Portals {

    private Portals() {
    }

    public static ConfigurableApplicationContext start(Map<String, String> environmentVariables) {
        Map<String, Object> variables = new HashMap<>(environmentVariables);
        variables.putIfAbsent("PORT", "0");
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new SpringApplicationBuilder(PortailFamilleApplication.class).environment(environment).run();
    }

    /** The variables that point the portal at a database of this run's PostgreSQL server. */
    public static Map<String, String> database(TestDatabase.Server server, String database) {
        return Map.of("SPRING_DATASOURCE_URL", server.url(database), "SPRING_DATASOURCE_USERNAME", server.user(),
                "SPRING_DATASOURCE_PASSWORD", server.password());
    }
}
