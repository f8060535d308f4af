package fr.portailfamille.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that start without a password and get one through a one-time link ({@link OneTimeLinks}) sent by
 * e-mail through the outbox.
 *
 * <p><b>The login of an invited guardian is the guardian's e-mail address</b>: it is unique, the person
 * already knows it, and nothing else has to be chosen or remembered; the link page shows it. An address that is
 * already the login of another account is refused ({@link LoginTakenException}).
 *
 * <ul>
 *   <li>{@link #inviteFamilyMember} — an agent invites a guardian of a household (also what the self-service
 *       request and the CSV import use: one call per guardian, in the caller's transaction; the mail leaves
 *       after commit). Inviting again the same address of the same household sends a fresh link (the older one
 *       stops working).</li>
 *   <li>{@link #sendPasswordReset} — an agent sends a reset link to an account (1 hour).</li>
 *   <li>{@link #createFirstAdmin} — the production bootstrap ({@code admin create}): an admin without password
 *       and its activation link, printed once.</li>
 * </ul>
 */
@Service
@Transactional
public class AccountInvitations {

    /** A deliberately plain check (one @, a dot in the domain, no spaces); the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final AccountStore accounts;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;

    AccountInvitations(AccountStore accounts, OneTimeLinks links, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
    }

    /** Thrown when the login asked for already belongs to another account. */
    public static class LoginTakenException extends RuntimeException {
        public LoginTakenException() {
            super("login taken");
        }
    }

    public static boolean plausibleEmail(String email) {
        return email != null && email.strip().length() <= 200 && EMAIL.matcher(email.strip()).matches();
    }

    /**
     * Creates (or finds, when this household already invited this address) the family account whose login is
     * the e-mail address, and asks for the invitation mail. Returns the account id.
     */
    public long inviteFamilyMember(long householdId, String email, String displayName) {
        if (!plausibleEmail(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        String login = email.strip().toLowerCase(Locale.ROOT);
        Optional<PortalUser> existing = accounts.findByLogin(login);
        long accountId;
        if (existing.isPresent()) {
            var account = accounts.find(existing.get().accountId()).orElseThrow();
            if (account.householdId() == null || account.householdId() != householdId) {
                throw new LoginTakenException();
            }
            accountId = account.id();
        } else {
            accountId = accounts.insertWithoutPassword(login, Role.FAMILY, displayName, householdId, login);
        }
        boolean activated = accounts.hasPassword(accountId);
        var purpose = activated ? LinkPurpose.RESET : LinkPurpose.INVITATION;
        events.publishEvent(new AccountLinkRequested(accountId, login, householdId, login, purpose));
        return accountId;
    }

    /** An agent sends a password-reset link (1 hour) to the account's address. */
    public void sendPasswordReset(long accountId) {
        var account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        events.publishEvent(new AccountLinkRequested(account.id(), account.login(), account.householdId(),
                account.email(), LinkPurpose.RESET));
    }

    /** The first admin of a production database: no password, an activation link shown once. */
    public OneTimeLinks.IssuedLink createFirstAdmin(String login, String email, String displayName) {
        if (accounts.adminExists()) {
            throw new IllegalStateException("an admin exists");
        }
        if (accounts.loginExists(login)) {
            throw new LoginTakenException();
        }
        long id = accounts.insertWithoutPassword(login, Role.ADMIN, displayName, null,
                email == null ? null : email.strip().toLowerCase(Locale.ROOT));
        return links.issue(id, LinkPurpose.ACTIVATION);
    }

    /** Whether the account has chosen its password yet (an invitation not followed has not). */
    @Transactional(readOnly = true)
    public boolean activated(long accountId) {
        return accounts.hasPassword(accountId);
    }
}
