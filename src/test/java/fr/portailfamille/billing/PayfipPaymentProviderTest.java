package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PayFiP-style adapter against a small fake provider over real HTTP. */
class PayfipPaymentProviderTest {

    private static final String SECRET = "un-secret-partage-de-test-0123456789";

    private HttpServer server;
    private final Map<String, String> created = new HashMap<>();
    private volatile String result = "P";
    private PayfipPaymentProvider provider;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tpa/operations", this::handle);
        server.start();
        provider = new PayfipPaymentProvider("http://127.0.0.1:" + server.getAddress().getPort() + "/tpa/",
                "012345", SECRET, "T");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String answer;
        if ("POST".equals(exchange.getRequestMethod())) {
            created.putAll(PayfipPaymentProvider.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            answer = "idop=OP-42";
        } else {
            answer = "idop=OP-42&resultrans=" + result + "&montant=" + created.get("montant");
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private PaymentProvider.Checkout create() {
        return provider.create(new PaymentProvider.Order("PF123", 10_610, "Facture 2027-000001", "a@example.org",
                URI.create("https://portail.example/releve/paiement/PF123/retour"),
                URI.create("https://portail.example/paiement/notification")));
    }

    @Test
    void createsTheOperationInCentsAndRedirectsWithItsId() {
        var checkout = create();
        assertThat(checkout.operationId()).isEqualTo("OP-42");
        assertThat(checkout.redirect().toString()).endsWith("/tpa/paiement?idop=OP-42");
        assertThat(created).containsEntry("numcli", "012345").containsEntry("montant", "10610")
                .containsEntry("refdet", "PF123").containsEntry("saisie", "T")
                .containsEntry("urlnotif", "https://portail.example/paiement/notification");
    }

    @Test
    void acceptsASignedNotificationConfirmedByTheStatusQuery() {
        create();
        var signature = new NotificationSignature(SECRET);
        var verified = provider.verify(Map.of("idop", "OP-42", "resultrans", "P", "montant", "10610",
                "signature", signature.sign("OP-42", "P", "10610")));
        assertThat(verified.outcome()).isEqualTo(PaymentProvider.Outcome.APPROVED);
        assertThat(verified.amountCents()).isEqualTo(10_610);
    }

    @Test
    void rejectsBadSignaturesAndResultsTheProviderDoesNotConfirm() {
        create();
        var signature = new NotificationSignature(SECRET);
        assertThatThrownBy(() -> provider.verify(Map.of("idop", "OP-42", "resultrans", "P", "montant", "10610",
                "signature", new NotificationSignature("un-autre-secret-0123456789").sign("OP-42", "P", "10610"))))
                .isInstanceOf(PaymentProvider.ForgedNotificationException.class);
        result = "R";
        assertThatThrownBy(() -> provider.verify(Map.of("idop", "OP-42", "resultrans", "P", "montant", "10610",
                "signature", signature.sign("OP-42", "P", "10610"))))
                .isInstanceOf(PaymentProvider.ForgedNotificationException.class);
        assertThat(provider.status("OP-42").outcome()).isEqualTo(PaymentProvider.Outcome.REFUSED);
    }
}
