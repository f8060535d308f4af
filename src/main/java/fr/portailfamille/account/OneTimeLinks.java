package fr.portailfamille.account;

import java.time.Clock;
import java.util.Optional;

import fr.portailfamille.shared.PublicAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links, the one mechanism behind account activation (first admin, self-service), invitations of
 * guardians and forgotten passwords.
 *
 * <ul>
 *   <li>{@link #issue} makes a random token (256 bits, {@code SecureRandom}, URL-safe), stores only its SHA-256
 *       hash with the purpose, the account and the expiry ({@link LinkPurpose#validity()}: 7 days for an
 *       activation or an invitation, 1 hour for a reset), revokes the account's older links of the same purpose,
 *       and returns the token and the full URL (built from {@code portail.base-url}, i.e. {@code PORTAIL_BASE_URL})
 *       — the only moment the token exists in clear. Print it or e-mail it; never log or store it.</li>
 *   <li>The link's page lets the person choose a password under {@link PasswordPolicy}; the link is consumed by
 *       an atomic conditional update (single use, even with two clicks at once), every other open link of the
 *       account is revoked, and every session of the account ends (see {@link SessionPasswordCheck}).</li>
 * </ul>
 * To send a link by e-mail through the outbox, use {@link AccountInvitations}: it publishes
 * {@link AccountLinkRequested} and the messaging module issues the link when it writes the mail, so that the
 * token is never stored in the event publication table.
 */
@Service
@Transactional
public class OneTimeLinks {

    /** What {@link #issue} returns: the clear token and the address of its page. */
    public record IssuedLink(String token, String url, LinkPurpose purpose) {
        @Override
        public String toString() {
            return "IssuedLink[" + purpose + "]";
        }
    }

    /** What opening a link finds. {@code account} is present only when the link is valid. */
    record Opened(OneTimeLink.State state, OneTimeLink link, AccountSummary account) {
        static final Opened UNKNOWN = new Opened(null, null, null);

        boolean valid() {
            return state == OneTimeLink.State.VALID;
        }
    }

    /** What setting a password from a link gave. */
    enum Outcome { CHANGED, LINK_INVALID, POLICY_REFUSED }

    private final OneTimeLinkStore links;
    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final PublicAddress address;
    private final AccountStamps stamps;

    OneTimeLinks(OneTimeLinkStore links, AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy,
                 ApplicationEventPublisher events, Clock clock, LoginThrottle throttle, PublicAddress address, AccountStamps stamps) {
        this.stamps = stamps;
        this.links = links;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
        this.address = address;
    }

    /** A new link for the account; its older open links of the same purpose stop working. */
    public IssuedLink issue(long accountId, LinkPurpose purpose) {
        accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        var now = clock.instant();
        links.revokeOpen(accountId, purpose, now);
        String token = LinkTokens.newToken();
        links.insert(accountId, purpose, LinkTokens.hash(token), now, OneTimeLink.expiryOf(purpose, now));
        return new IssuedLink(token, address.link(purpose.pathPrefix() + token), purpose);
    }

    /** What the link of this token is now; an ill-formed or unknown token is UNKNOWN. */
    @Transactional(readOnly = true)
    Opened open(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Opened.UNKNOWN;
        }
        return links.findByHash(LinkTokens.hash(token)).map(link -> {
            var state = link.state(clock.instant());
            var account = state == OneTimeLink.State.VALID ? accounts.find(link.accountId()).orElse(null) : null;
            return account == null && state == OneTimeLink.State.VALID ? Opened.UNKNOWN
                    : new Opened(state, link, account);
        }).orElse(Opened.UNKNOWN);
    }

    /**
     * Sets the account's password from a valid link: checks the policy first (nothing is consumed when the
     * password is refused), then consumes the link atomically. Ends every session of the account.
     */
    Outcome setPassword(String token, String rawPassword) {
        Opened opened = open(token);
        if (!opened.valid()) {
            return Outcome.LINK_INVALID;
        }
        if (!policy.isCompliant(opened.account().login(), rawPassword)) {
            return Outcome.POLICY_REFUSED;
        }
        var now = clock.instant();
        if (!links.consume(opened.link().id(), now)) {
            return Outcome.LINK_INVALID;
        }
        long accountId = opened.account().id();
        accounts.updatePassword(accountId, encoder.encode(rawPassword), false, now);
        stamps.changed(accountId, opened.account().login());
        links.revokeAllOpen(accountId, now);
        throttle.unlock(opened.account().login());
        var account = opened.account();
        if (opened.link().purpose() == LinkPurpose.RESET) {
            events.publishEvent(new PasswordChanged(accountId, account.login(), account.householdId(), now,
                    account.email()));
        }
        return Outcome.CHANGED;
    }
}
