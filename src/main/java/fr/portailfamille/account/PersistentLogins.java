package fr.portailfamille.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * « Rester connecté sur cet appareil »: a device that ticked the box at login gets a cookie holding a series and a
 * random token (never the password). Only the token's SHA-256 is stored; each use replaces the token, so a stolen
 * cookie used once makes the owner's next visit fail, which revokes every device of the account. Devices last
 * {@link #VALIDITY}, end at a password change (also a reset) and can be removed from Mon compte. Sessions, not this
 * cookie, carry the family through a visit: the cookie is read only when no session exists, so the families that
 * were on the page before the opening need no Argon2 hash then.
 */
@Component
public class PersistentLogins extends AbstractRememberMeServices {

    static final Duration VALIDITY = Duration.ofDays(30);
    static final String COOKIE = "PFAPPAREIL";
    static final String PARAMETER = "resterConnecte";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A device on the Mon compte list. */
    public record Device(long id, String label, Instant createdAt, Instant lastUsedAt, boolean current) {
    }

    private final PersistentLoginStore store;
    private final AccountStore accounts;
    private final Clock clock;
    /** Not a proxied bean (the parent's entry points are final): the check and the rotation share this transaction. */
    private final TransactionTemplate transaction;

    PersistentLogins(PersistentLoginStore store, AccountStore accounts, AccountUserDetails users, Clock clock,
                     PlatformTransactionManager transactions) {
        super(randomKey(), users);
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        setCookieName(COOKIE);
        setParameter(PARAMETER);
        setTokenValiditySeconds((int) VALIDITY.toSeconds());
        // the cookie is Secure when the request is (the parent's default), HttpOnly always
    }

    /** The key only ties this instance's remember-me authentications to its own provider: random per start. */
    static String randomKey() {
        return random(24);
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (!(auth.getPrincipal() instanceof PortalUser user)) {
            return;
        }
        String series = random(18);
        String token = random(32);
        Instant now = clock.instant();
        store.insert(user.accountId(), series, hash(token), DeviceLabel.of(request.getHeader("User-Agent")), now,
                now.plus(VALIDITY));
        setCookie(new String[] {series, token}, getTokenValiditySeconds(), request, response);
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] tokens, HttpServletRequest request,
                                                 HttpServletResponse response) {
        if (tokens.length != 2) {
            throw new InvalidCookieException("persistent login cookie: 2 parts expected");
        }
        var user = transaction.execute(status -> check(tokens, request, response));
        if (user == null) {
            // not a CookieTheftException: that one ends in an error page; this device simply logs in again
            LOG.warn("A used persistent-login token came back: every remembered device of its account was revoked");
            throw new RememberMeAuthenticationException("persistent login token reused");
        }
        return user;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersistentLogins.class);

    private UserDetails check(String[] tokens, HttpServletRequest request, HttpServletResponse response) {
        var row = store.lock(tokens[0]).orElseThrow(() -> new RememberMeAuthenticationException("unknown device"));
        Instant now = clock.instant();
        if (!row.expiresAt().isAfter(now)) {
            store.deleteSeries(row.series());
            throw new RememberMeAuthenticationException("device expired");
        }
        if (!MessageDigest.isEqual(row.tokenHash().getBytes(StandardCharsets.US_ASCII),
                hash(tokens[1]).getBytes(StandardCharsets.US_ASCII))) {
            // the series is right but the token was already used: the cookie was copied
            store.deleteAll(row.accountId());
            return null; // committed: the revocation must not be rolled back with an exception
        }
        String token = random(32);
        store.rotate(row.id(), hash(token), now);
        setCookie(new String[] {row.series(), token}, getTokenValiditySeconds(), request, response);
        request.setAttribute(CURRENT_SERIES, row.series());
        return accounts.findUser(row.accountId())
                .orElseThrow(() -> new RememberMeAuthenticationException("account gone"));
    }

    private static final String CURRENT_SERIES = PersistentLogins.class.getName() + ".series";

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String cookie = extractRememberMeCookie(request);
        if (cookie != null && !cookie.isEmpty()) {
            try {
                store.deleteSeries(decodeCookie(cookie)[0]);
            } catch (InvalidCookieException e) {
                // nothing to remove
            }
        }
        super.logout(request, response, authentication);
    }

    // ---- Mon compte

    public List<Device> devices(long accountId, HttpServletRequest request) {
        String current = currentSeries(request);
        return store.ofAccount(accountId, clock.instant()).stream()
                .map(r -> new Device(r.id(), r.device(), r.createdAt(), r.lastUsedAt(), r.series().equals(current)))
                .toList();
    }

    /** Removes one device of this account; false if it is not one of its devices. */
    public boolean revoke(long accountId, long deviceId) {
        return store.delete(accountId, deviceId) == 1;
    }

    @EventListener
    void on(PasswordChanged changed) {
        store.deleteAll(changed.accountId()); // a new password ends every remembered device, this one included
    }

    private String currentSeries(HttpServletRequest request) {
        Object rotated = request.getAttribute(CURRENT_SERIES);
        if (rotated instanceof String series) {
            return series;
        }
        String cookie = extractRememberMeCookie(request);
        if (cookie == null || cookie.isEmpty()) {
            return null;
        }
        try {
            return decodeCookie(cookie)[0];
        } catch (InvalidCookieException e) {
            return null;
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
