package fr.portailfamille.billing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Adapter for a PayFiP-style hosted payment (the DGFiP's service for local authorities' revenue): the operation
 * is created server to server ({@code numcli}, {@code exer}, {@code refdet}, {@code montant} in cents,
 * {@code mel}, {@code urlnotif}, {@code urlredirect}, {@code saisie}), the family is sent to the provider's page with
 * the operation id ({@code idop}), the provider notifies {@code urlnotif} server to server, and the status of an
 * operation can be queried. A notification is accepted only when its HMAC signature is right AND the status query
 * confirms the same result and amount.
 *
 * <p>The wire format here is form-encoded HTTP; PayFiP's own web service is SOAP: a town plugging the real service
 * replaces the three calls in {@link #post}/{@link #get} with the SOAP client, the rest stays.
 */
@Component
@ConditionalOnProperty(name = "portail.payment.provider", havingValue = "payfip")
class PayfipPaymentProvider implements PaymentProvider {

    private final URI baseUrl;
    private final String clientNumber;
    private final String entryMode;
    private final NotificationSignature signature;
    private final HttpClient http;

    PayfipPaymentProvider(@Value("${portail.payment.payfip.base-url}") String baseUrl,
                          @Value("${portail.payment.payfip.client-number}") String clientNumber,
                          @Value("${portail.payment.payfip.secret}") String secret,
                          @Value("${portail.payment.payfip.entry-mode:W}") String entryMode) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.clientNumber = clientNumber;
        this.entryMode = entryMode;
        this.signature = new NotificationSignature(secret);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public String name() {
        return "payfip";
    }

    @Override
    public Checkout create(Order order) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("numcli", clientNumber);
        form.put("exer", Integer.toString(Year.now().getValue()));
        form.put("refdet", order.reference());
        form.put("objet", order.label());
        form.put("montant", Long.toString(order.amountCents()));
        if (order.email() != null) {
            form.put("mel", order.email());
        }
        form.put("urlnotif", order.notifyUrl().toString());
        form.put("urlredirect", order.returnUrl().toString());
        form.put("saisie", entryMode);
        String idop = post("operations", form).get("idop");
        if (idop == null || !idop.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalStateException("payment provider returned no operation id");
        }
        return new Checkout(idop, baseUrl.resolve("paiement?idop=" + enc(idop)));
    }

    @Override
    public Verified verify(Map<String, String> notification) {
        Verified claimed = signature.verify(notification);
        Verified confirmed = status(claimed.operationId());
        if (confirmed.outcome() != claimed.outcome() || confirmed.amountCents() != claimed.amountCents()) {
            throw new ForgedNotificationException("notification not confirmed by the status query");
        }
        return confirmed;
    }

    @Override
    public Verified status(String operationId) {
        Map<String, String> answer = get("operations/" + enc(operationId));
        String amount = answer.getOrDefault("montant", "0");
        return new Verified(operationId, NotificationSignature.outcome(answer.getOrDefault("resultrans", "")),
                amount.matches("\\d{1,12}") ? Long.parseLong(amount) : 0);
    }

    private Map<String, String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Map<String, String> get(String path) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    private Map<String, String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("payment provider answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("payment provider unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Map<String, String> parse(String body) {
        Map<String, String> map = new HashMap<>();
        for (String pair : body.strip().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
