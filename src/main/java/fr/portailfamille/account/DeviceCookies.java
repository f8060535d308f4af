package fr.portailfamille.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * OWASP's « device cookies » (Slow Down Online Guessing Attacks with Device Cookies): a browser that logged in
 * successfully to a login gets a cookie signed with a server secret (HMAC-SHA256) that names the login and a
 * random nonce. On its next attempts at that login it is a trusted client with a failure counter of its own
 * ("device:" + login + ":" + nonce in the login throttle); strangers' failures, which lock the login for untrusted clients only,
 * do not stop it. One cookie holds the tokens of the last {@value #MAX_TOKENS} logins used in that browser (a
 * shared family computer).
 *
 * <p>The signing key is the setting {@code portail.security.device-cookie-secret}; when unset, a random key is
 * generated on the first start and kept in the database (table {@code server_secret}), so that every instance
 * and every restart use the same.
 */
@Component
class DeviceCookies {

    static final String COOKIE = "PFDEVICE";
    static final String PATH = "/connexion";
    static final Duration LIFETIME = Duration.ofDays(365);
    static final int MAX_TOKENS = 5;
    private static final String SECRET_NAME = "device-cookie";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final Hmac hmac;

    DeviceCookies(@Value("${portail.security.device-cookie-secret:}") String configured, ServerSecretStore secrets,
                  Clock clock) {
        this.hmac = new Hmac(configured.isBlank() ? secrets.findOrCreate(SECRET_NAME, clock.instant()) : configured);
    }

    /** A trusted client's own throttle key for this login, when the browser holds a valid token for it. */
    Optional<String> deviceKey(String login, String cookieValue) {
        String wanted = normalise(login);
        return tokens(cookieValue).stream().filter(t -> t.login().equals(wanted)).findFirst()
                .map(t -> LoginThrottle.deviceKey(t.login(), t.nonce()));
    }

    /** The device cookie of the request, or null. */
    static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** After a successful login: a fresh token for this login (a new counter), the browser's other ones kept. */
    void issue(String login, HttpServletRequest request, HttpServletResponse response) {
        String wanted = normalise(login);
        List<String> kept = new ArrayList<>();
        kept.add(sign(wanted, B64.encodeToString(randomBytes(16))));
        for (Token token : tokens(cookieValue(request))) {
            if (!token.login().equals(wanted) && kept.size() < MAX_TOKENS) {
                kept.add(token.raw());
            }
        }
        var cookie = ResponseCookie.from(COOKIE, String.join("~", kept)).path(PATH).httpOnly(true)
                .secure(request.isSecure()).sameSite("Strict").maxAge(LIFETIME).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** The tokens of a cookie whose signature is right; forged or damaged ones are ignored. */
    List<Token> tokens(String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 4096) {
            return List.of();
        }
        List<Token> valid = new ArrayList<>();
        for (String raw : cookieValue.split("~", MAX_TOKENS + 1)) {
            String[] parts = raw.split("\\.");
            if (parts.length != 3) {
                continue;
            }
            try {
                String login = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
                byte[] expected = mac(login, parts[1]);
                if (MessageDigest.isEqual(expected, B64D.decode(parts[2]))) {
                    valid.add(new Token(login, parts[1], raw));
                }
            } catch (IllegalArgumentException damaged) {
                // not base64: ignored like a bad signature
            }
        }
        return valid;
    }

    String sign(String login, String nonce) {
        return B64.encodeToString(login.getBytes(StandardCharsets.UTF_8)) + "." + nonce + "."
                + B64.encodeToString(mac(login, nonce));
    }

    private byte[] mac(String login, String nonce) {
        return hmac.of("device|" + login + "|" + nonce);
    }

    private static String normalise(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    record Token(String login, String nonce, String raw) {
    }
}
