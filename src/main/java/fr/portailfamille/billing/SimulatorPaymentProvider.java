package fr.portailfamille.billing;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A local payment provider for the demo and the tests: its "bank page" is {@code /paiement/simulateur/{id}}, where
 * the family approves or refuses; it then notifies the result, signed like the real provider does.
 * Never to be used by a town in production ({@code portail.payment.provider=payfip} there).
 */
@Component
@org.springframework.context.annotation.Profile("!prod")
@ConditionalOnProperty(name = "portail.payment.provider", havingValue = "simulator", matchIfMissing = true)
class SimulatorPaymentProvider implements PaymentProvider {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationSignature signature;
    /** Operations the simulator knows: id → [amount, result]. */
    private final Map<String, String[]> operations = new ConcurrentHashMap<>();

    SimulatorPaymentProvider(@Value("${portail.payment.simulator.secret:}") String secret) {
        this.signature = new NotificationSignature(secret.isBlank() ? randomSecret() : secret);
    }

    private static String randomSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public Checkout create(Order order) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String id = "SIM" + HexFormat.of().formatHex(b).toUpperCase(java.util.Locale.ROOT);
        operations.put(id, new String[] {Long.toString(order.amountCents()), "E"});
        return new Checkout(id, URI.create("/paiement/simulateur/" + id));
    }

    /** What the simulated bank sends to the notification URL when the family decides. */
    Map<String, String> decide(String operationId, boolean approve) {
        String[] op = operations.get(operationId);
        if (op == null) {
            throw new fr.portailfamille.shared.NotFoundException("operation");
        }
        op[1] = approve ? "P" : "R";
        return signed(operationId, op[1], op[0]);
    }

    Map<String, String> signed(String operationId, String result, String amountCents) {
        return Map.of(NotificationSignature.OPERATION, operationId, NotificationSignature.RESULT, result,
                NotificationSignature.AMOUNT, amountCents,
                NotificationSignature.SIGNATURE, signature.sign(operationId, result, amountCents));
    }

    @Override
    public Verified verify(Map<String, String> notification) {
        return signature.verify(notification);
    }

    @Override
    public Verified status(String operationId) {
        String[] op = operations.get(operationId);
        if (op == null) {
            return new Verified(operationId, Outcome.PENDING, 0);
        }
        return new Verified(operationId, NotificationSignature.outcome(op[1]), Long.parseLong(op[0]));
    }
}
