package fr.portailfamille.account;

import java.security.SecureRandom;
import java.util.List;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's face for the back-office and the demo loader. */
@Service
@Transactional
public class AccountAdministration {

    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AccountStamps stamps;

    AccountAdministration(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle,
                          AccountStamps stamps) {
        this.stamps = stamps;
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    public long createFamilyAccount(String login, String rawPassword, String displayName, long householdId) {
        return accounts.insert(login, encoder.encode(rawPassword), Role.FAMILY, displayName, householdId, false);
    }

    /** Stores an already hashed password (accounts imported from another system, benchmarks). */
    public long importFamilyAccount(String login, String encodedPassword, String displayName, long householdId) {
        return accounts.insert(login, encodedPassword, Role.FAMILY, displayName, householdId, false);
    }

    public String encode(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    public long createStaffAccount(String login, String rawPassword, String displayName, boolean admin,
                                   boolean mustChangePassword) {
        return accounts.insert(login, encoder.encode(rawPassword), admin ? Role.ADMIN : Role.AGENT, displayName,
                null, mustChangePassword);
    }

    public boolean loginExists(String login) {
        return accounts.loginExists(login);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> staff() {
        return accounts.byRoles(List.of(Role.AGENT.name(), Role.ADMIN.name()));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> accountsOfHousehold(long householdId) {
        return accounts.ofHousehold(householdId);
    }

    @Transactional(readOnly = true)
    public List<Long> householdsWithLoginLike(String text) {
        return text == null || text.isBlank() ? List.of() : accounts.householdIdsWithLoginLike(text.trim());
    }

    @Transactional(readOnly = true)
    public List<String> lockedLogins() {
        return throttle.lockedLogins();
    }

    public void unlock(String login) {
        throttle.unlock(login);
    }

    public void setEnabled(long accountId, boolean enabled) {
        var account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        accounts.setEnabled(accountId, enabled);
        stamps.changed(accountId, account.login());
    }

    /** A new random password, shown once to the agent; the user must replace it at the next login. */
    public String issueTemporaryPassword(long accountId) {
        var account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        accounts.updatePassword(accountId, encoder.encode(password.toString()), true, java.time.Instant.now());
        stamps.changed(accountId, account.login());
        throttle.unlock(account.login());
        return password.toString();
    }
}
