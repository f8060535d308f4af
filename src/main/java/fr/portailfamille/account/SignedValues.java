package fr.portailfamille.account;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Short values the server hands to the browser and must get back unchanged — e.g. the outcome of a request carried
 * in the URL of the page it redirects to, instead of a write to the session and another to remove it. Each value is
 * signed (HMAC-SHA256, 128 bits kept) for a context the caller names (the household and page it is for), with a
 * secret every instance shares through the database; a value signed for one context is worthless in another.
 * Signed values are not secret: put nothing in them a family may not read.
 */
@Component
public class SignedValues {

    static final String SECRET_NAME = "signed-values";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    /** Between the value and its signature; base64url never has one, so the value may (no URL encodes a dot). */
    private static final char SEPARATOR = '.';
    private static final int MAC_BYTES = 16;

    private final Hmac hmac;

    SignedValues(ServerSecretStore secrets, Clock clock) {
        this.hmac = new Hmac(secrets.findOrCreate(SECRET_NAME, clock.instant()));
    }

    /** {@code value} and its signature for {@code context}. */
    public String sign(String context, String value) {
        return value + SEPARATOR + B64.encodeToString(mac(context, value));
    }

    /** The value, when {@code signed} was signed by this server for {@code context}; empty otherwise. */
    public Optional<String> verified(String context, String signed) {
        int at = signed == null ? -1 : signed.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, at);
        try {
            byte[] given = B64D.decode(signed.substring(at + 1));
            return MessageDigest.isEqual(mac(context, value), given) ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(String context, String value) {
        return Arrays.copyOf(hmac.of(context + "|" + value), MAC_BYTES);
    }
}
