package fr.portailfamille.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;

import org.springframework.stereotype.Component;

/**
 * Creates throw-away families through the real facades, each with a unique login. Their accounts share one
 * password hash, computed once per run: an Argon2 hash per fixture made the suite several times slower.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Une phrase de passe assez longue";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Households households;
    private final AccountAdministration accounts;
    private final Requests requests;
    private final TestClock clock;
    private volatile String passwordHash;

    public Fixtures(Households households, AccountAdministration accounts, Requests requests, TestClock clock) {
        this.households = households;
        this.accounts = accounts;
        this.requests = requests;
        this.clock = clock;
    }

    /** Today in the town, by the test clock. */
    public LocalDate today() {
        return clock.today();
    }

    /** The hash of {@link #PASSWORD} by the portal's own encoder, computed on first use and shared. */
    public String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = accounts.encode(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    public record TestFamily(long householdId, long accountId, long childId, String login) {
    }

    /** A household with one guardian, one child born on the given day, and a family account. */
    public TestFamily family(String name, LocalDate childBirthDate) {
        int n = SEQUENCE.incrementAndGet();
        String login = "test.famille." + n + "." + System.nanoTime() % 100_000;
        long householdId = households.create("Famille " + name, "1 rue du Test", "44100", "Val-Fleuri", true,
                new Guardian("Mme", name, "Alice", LocalDate.of(1985, 1, 1), null, null, null, null,
                        "06 00 00 00 0" + (n % 10), null, "alice." + n + "@example.org", null, null));
        long childId = households.addChild(householdId, "Enfant" + n, name, childBirthDate, "F", null, null);
        long accountId = accounts.importFamilyAccount(login, passwordHash(), "Alice " + name, householdId);
        return new TestFamily(householdId, accountId, childId, login);
    }

    public TestFamily family(String name) {
        return family(name, today().minusYears(8));
    }

    /** Health data of a child without allergy, PAI or diet (the fields of Données sanitaires). */
    public static Map<String, String> noHealthConcern() {
        return Map.of("pai", "false", "diet", "NONE");
    }

    /** Sortie de l'accueil with no pick-up person other than the guardians. */
    public static Map<String, String> guardiansOnly() {
        return Map.of("leaveAlone", "false");
    }

    /**
     * Asks and accepts, as the family and an agent would, one section of the child's record: {@code kind} is the
     * section's request kind ({@code family.child-health}, {@code family.child-authorisations},
     * {@code family.child-complementary}), {@code values} its fields. Each decision also posts a message to the
     * family's inbox (asynchronously).
     */
    public void acceptChildSection(TestFamily family, String kind, Map<String, String> values) {
        long id = requests.submit(new NewRequest(family.householdId(), kind, family.childId(), "test",
                new LinkedHashMap<>(values), Map.of()));
        requests.accept(id, "demo.agent", null);
    }

    /** Validates the child's three mandatory sections with the given health and authorisation fields. */
    public void completeChildRecord(TestFamily family, Map<String, String> health, Map<String, String> authorisations) {
        acceptChildSection(family, "family.child-complementary", Map.of("insurer", "MAIF", "policyNumber", "123"));
        acceptChildSection(family, "family.child-health", health);
        acceptChildSection(family, "family.child-authorisations", authorisations);
    }
}
