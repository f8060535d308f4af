package fr.portailfamille.billing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * PayFiP, the DGFiP's online payment of local authorities' revenue, as its web service speaks it (SOAP 1.1,
 * {@link PayfipSoap}): {@code creerPaiementSecurise} ({@code numcli}, {@code exer}, {@code refdet} — one per
 * operation —, {@code montant} in cents, {@code mel}, {@code objet}, {@code saisie}, {@code urlnotif},
 * {@code urlredirect}) answers an {@code idOp}; the family is sent to the PayFiP page with it; PayFiP then posts
 * {@code idOp} to {@code urlnotif}, and the result is read with {@code recupererDetailPaiementSecurise}
 * ({@code resultrans} P or V paid, R or Z refused, A abandoned). The notification carries no result: only PayFiP's
 * own answer to that query is trusted. An idOp lives 15 minutes: a payment still "not finished" (fault P5) after
 * that is abandoned.
 *
 * <p>Settings: {@code portail.payment.payfip.client-number} (numcli, 6 digits, required),
 * {@code .entry-mode} (saisie: T test, X activation, W production; default W), {@code .base-url} (default the DGFiP's
 * production {@code https://www.payfip.gouv.fr/tpa/}: the service is {@code services/securite} under it, the payment
 * page {@code paiementws.web}). No shared secret: PayFiP signs nothing, its answer to the status query is the proof.
 */
@Component
@ConditionalOnProperty(name = "portail.payment.provider", havingValue = "payfip")
class PayfipPaymentProvider implements PaymentProvider {

    static final String PRODUCTION_BASE = "https://www.payfip.gouv.fr/tpa/";

    private static final Pattern CLIENT_NUMBER = Pattern.compile("\\d{6}");
    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{1,30}");
    private static final Pattern OPERATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final PayfipSoap soap;
    private final URI paymentPage;
    private final String clientNumber;
    private final String entryMode;
    private final Clock clock;

    PayfipPaymentProvider(@Value("${portail.payment.payfip.base-url:" + PRODUCTION_BASE + "}") String baseUrl,
                          @Value("${portail.payment.payfip.client-number}") String clientNumber,
                          @Value("${portail.payment.payfip.entry-mode:W}") String entryMode,
                          Clock clock) {
        if (!CLIENT_NUMBER.matcher(clientNumber.strip()).matches()) {
            throw new IllegalArgumentException("portail.payment.payfip.client-number must be the 6 digits of numcli");
        }
        if (!entryMode.matches("[TXW]")) {
            throw new IllegalArgumentException("portail.payment.payfip.entry-mode must be T, X or W");
        }
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.soap = new PayfipSoap(base.resolve("services/securite"));
        this.paymentPage = base.resolve("paiementws.web");
        this.clientNumber = clientNumber.strip();
        this.entryMode = entryMode;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "payfip";
    }

    @Override
    public Checkout create(Order order) {
        if (!REFDET.matcher(order.reference()).matches()) {
            throw new IllegalArgumentException("refdet must be 1 to 30 letters or digits");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("exer", Integer.toString(LocalDate.now(clock).getYear()));
        fields.put("mel", order.email());
        fields.put("montant", Long.toString(order.amountCents()));
        fields.put("numcli", clientNumber);
        fields.put("objet", objet(order.label()));
        fields.put("refdet", order.reference());
        fields.put("saisie", entryMode);
        fields.put("urlnotif", order.notifyUrl().toString());
        fields.put("urlredirect", order.returnUrl().toString());
        String idOp = soap.call("creerPaiementSecurise", fields).get("idOp");
        if (idOp == null || !OPERATION_ID.matcher(idOp).matches()) {
            throw new IllegalStateException("PayFiP returned no operation id");
        }
        return new Checkout(idOp, URI.create(paymentPage + "?idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8)));
    }

    /** PayFiP's notification carries the idOp only: the result is what PayFiP answers about it. */
    @Override
    public Verified verify(Map<String, String> notification) {
        String idOp = notification.getOrDefault("idOp", notification.get("idop"));
        if (idOp == null || !OPERATION_ID.matcher(idOp).matches()) {
            throw new ForgedNotificationException("notification without a valid idOp");
        }
        return status(idOp);
    }

    @Override
    public Verified status(String operationId) {
        Map<String, String> detail;
        try {
            detail = soap.call("recupererDetailPaiementSecurise", Map.of("idOp", operationId));
        } catch (PayfipSoap.Fault fault) {
            // P5: not finished (the family is still on the page, or left it: abandoned once the idOp expired);
            // P1: unknown to PayFiP (cleaned after a day). Neither says the payment happened.
            return new Verified(operationId, Outcome.PENDING, 0);
        }
        String amount = detail.getOrDefault("montant", "");
        return new Verified(operationId, outcome(detail.getOrDefault("resultrans", "")),
                amount.matches("\\d{1,12}") ? Long.parseLong(amount) : 0);
    }

    static Outcome outcome(String resultrans) {
        return switch (resultrans) {
            case "P", "V" -> Outcome.APPROVED;
            case "R", "Z" -> Outcome.REFUSED;
            case "A" -> Outcome.ABANDONED;
            default -> Outcome.PENDING;
        };
    }

    /** PayFiP's {@code objet}: up to 100 characters among letters without accents, digits and spaces. */
    static String objet(String label) {
        String folded = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9 ]", " ").replaceAll(" +", " ").strip();
        return folded.length() > 100 ? folded.substring(0, 100).strip() : folded;
    }
}
