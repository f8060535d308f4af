package fr.portailfamille.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A random token for a link sent by e-mail (256 bits, URL-safe); only its SHA-256 is stored. */
record OneTimeToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static OneTimeToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OneTimeToken(value, hashOf(value));
    }

    static String hashOf(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "OneTimeToken[hash=" + hash + "]";
    }
}
