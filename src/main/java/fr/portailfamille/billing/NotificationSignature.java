package fr.portailfamille.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a notification's fields {@code idop;resultrans;montant} with the secret shared with the provider,
 * hex-encoded in {@code signature}; compared in constant time.
 */
final class NotificationSignature {

    static final String OPERATION = "idop";
    static final String RESULT = "resultrans";
    static final String AMOUNT = "montant";
    static final String SIGNATURE = "signature";

    private final byte[] secret;

    NotificationSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the notification secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String sign(String operationId, String result, String amountCents) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((operationId + ";" + result + ";" + amountCents)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the signature and reads the fields; "P" is paid, "R" or "A" refused/abandoned. */
    PaymentProvider.Verified verify(Map<String, String> n) {
        String op = n.get(OPERATION);
        String result = n.get(RESULT);
        String amount = n.get(AMOUNT);
        String signature = n.get(SIGNATURE);
        if (op == null || result == null || amount == null || signature == null || !amount.matches("\\d{1,12}")) {
            throw new PaymentProvider.ForgedNotificationException("incomplete notification");
        }
        byte[] expected = sign(op, result, amount).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII))) {
            throw new PaymentProvider.ForgedNotificationException("bad signature");
        }
        return new PaymentProvider.Verified(op, outcome(result), Long.parseLong(amount));
    }

    static PaymentProvider.Outcome outcome(String result) {
        return switch (result) {
            case "P", "V" -> PaymentProvider.Outcome.APPROVED;
            case "R", "Z" -> PaymentProvider.Outcome.REFUSED;
            case "A" -> PaymentProvider.Outcome.ABANDONED;
            default -> PaymentProvider.Outcome.PENDING;
        };
    }
}
