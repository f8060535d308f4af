package fr.portailfamille.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;

import org.springframework.stereotype.Component;

/** Creates throw-away families through the real facades, each with a unique login. */
@Component
public class Fixtures {

    public static final String PASSWORD = "Une phrase de passe assez longue";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Households households;
    private final AccountAdministration accounts;

    public Fixtures(Households households, AccountAdministration accounts) {
        this.households = households;
        this.accounts = accounts;
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
        long accountId = accounts.createFamilyAccount(login, PASSWORD, "Alice " + name, householdId);
        return new TestFamily(householdId, accountId, childId, login);
    }

    public TestFamily family(String name) {
        return family(name, LocalDate.now().minusYears(8));
    }
}
