package fr.portailfamille.account;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-time command that creates the first admin of a production database:
 * <pre>
 * java -jar target/portail-famille.jar admin create --login marie.dupont --email marie.dupont@ville.fr [--name "Marie Dupont"]
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="admin create --login marie.dupont --email marie.dupont@ville.fr"
 * </pre>
 * It starts the application without its web server (the database is migrated by Flyway as at any start, and no
 * demo data is loaded), creates the admin without any password, prints a one-time activation link (7 days,
 * built from {@code PORTAIL_BASE_URL}) and exits. It refuses, with exit code 1, when an admin exists.
 * Exit codes: 0 done, 1 refused, 2 wrong arguments.
 */
public final class AdminCommand {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{2,80}");
    private static final String USAGE_TEXT = """
            Usage : admin create --login <identifiant> --email <adresse> [--name "<Prénom Nom>"]
              Crée le premier administrateur (sans mot de passe) et affiche un lien d'activation à usage unique.""";

    private AdminCommand() {
    }

    /** Whether the program arguments ask for this command rather than for the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("admin");
    }

    /** Runs the command with the application class as the Spring configuration; returns the exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        return run(application, args, out, err, new String[0]);
    }

    /** The same, with extra profiles and initializers (the tests point it at a database of their own). */
    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err, String[] profiles,
                   org.springframework.context.ApplicationContextInitializer<?>... initializers) {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("login") || !options.containsKey("email")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String login = options.get("login").strip();
        String email = options.get("email").strip();
        if (!LOGIN.matcher(login).matches()) {
            err.println("Identifiant refusé : 2 à 80 lettres sans accent, chiffres, point, tiret ou souligné.");
            return USAGE;
        }
        if (!AccountInvitations.plausibleEmail(email)) {
            err.println("Adresse e-mail refusée : " + email);
            return USAGE;
        }
        var app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        // never the demo town, whatever the profile: put first, it wins over application.properties
        app.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                new org.springframework.core.env.MapPropertySource("admin-command", Map.of("portail.demo-data", "false"))));
        app.addInitializers(initializers);
        app.setAdditionalProfiles(profiles);
        try (ConfigurableApplicationContext context = app.run()) {
            var invitations = context.getBean(AccountInvitations.class);
            try {
                var link = invitations.createFirstAdmin(login, email, options.getOrDefault("name", login));
                out.println("Administrateur « " + login + " » créé, sans mot de passe.");
                out.println("Lien d'activation (valable 7 jours, une seule fois) — à transmettre à la personne :");
                out.println(link.url());
                if (link.url().startsWith("http://localhost")) {
                    err.println("Attention : PORTAIL_BASE_URL n'est pas défini ; le lien pointe vers localhost.");
                }
                return DONE;
            } catch (IllegalStateException adminExists) {
                err.println("Refusé : un administrateur existe déjà dans cette base. Il peut créer les autres "
                        + "comptes depuis Gestion > Comptes.");
                return REFUSED;
            } catch (AccountInvitations.LoginTakenException taken) {
                err.println("Refusé : l'identifiant « " + login + " » est déjà utilisé.");
                return REFUSED;
            }
        }
    }

    /** {@code create --login x --email y [--name z]} as a map; null when it is not that shape. */
    private static Map<String, String> options(String[] args) {
        if (args.length < 2 || !args[1].equals("create")) {
            return null;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                return null;
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            if (!name.equals("login") && !name.equals("email") && !name.equals("name")) {
                return null;
            }
            options.put(name, value);
        }
        return options;
    }
}
