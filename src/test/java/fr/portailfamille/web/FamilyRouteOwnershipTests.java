package fr.portailfamille.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.portailfamille.billing.Ledger;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Walks every family route that takes an id and asks it, as one family, for another family's id: the answer
 * must be 404, for every HTTP method. A route whose path variable is not in {@link #ID_KINDS} fails the test:
 * add the kind there (with a way to get another family's id of that kind) when you add such a route.
 */
@PortalTest
class FamilyRouteOwnershipTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private static Fixtures.TestFamily owner;
    private static Fixtures.TestFamily intruder;

    /** The owner's id of each kind, which the intruder asks for. */
    private static final Map<String, Object> ID_KINDS = new java.util.HashMap<>();

    @BeforeAll
    static void families(@Autowired Fixtures fixtures, @Autowired MockMvc mvc, @Autowired Logins logins,
                         @Autowired JdbcClient jdbc, @Autowired Requests requests, @Autowired Ledger ledger)
            throws Exception {
        owner = fixtures.family("Proprietaire");
        intruder = fixtures.family("Intrus");
        ID_KINDS.put("childId", owner.childId());
        ID_KINDS.put("requestId", requests.submit(new NewRequest(owner.householdId(), "family.child-health",
                owner.childId(), "Enfant", Map.of("pai", "true"), Map.of("pai", ""))));
        ownerWritesToTheTown(mvc, logins, jdbc);
        ownerStartsAnOnlinePayment(mvc, logins, jdbc, ledger, fixtures.today());
        ID_KINDS.put("absenceId", ownersAbsenceWithCertificate(jdbc, fixtures.today()));
        ID_KINDS.put("deviceId", ownersRememberedDevice(jdbc));
    }

    /** A device the owner ticked « Rester connecté » on (how it was created does not matter here). */
    private static long ownersRememberedDevice(JdbcClient jdbc) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO persistent_login (account_id, series, token_hash, device, created_at, last_used_at,
                    expires_at) VALUES (:a, :s, 'x', 'Firefox sur Linux', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                    CURRENT_TIMESTAMP + INTERVAL '1' DAY)""")
                .param("a", owner.accountId()).param("s", "owner-" + System.nanoTime()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An absence row of the owner's child with a certificate (how it was declared does not matter here). */
    private static long ownersAbsenceWithCertificate(JdbcClient jdbc, java.time.LocalDate today) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO absence (household_id, child_id, first_day, last_day, reason, certificate,
                    certificate_name, certificate_type, freed_days, late_days, created_at)
                VALUES (:h, :c, :d, :d, 'ILLNESS', :pdf, 'certificat.pdf', 'application/pdf', 0, 0, CURRENT_TIMESTAMP)""")
                .param("h", owner.householdId()).param("c", owner.childId()).param("d", today)
                .param("pdf", "%PDF-1.4".getBytes()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An invoice of the owner and an online payment of it, started through the real endpoint. */
    private static void ownerStartsAnOnlinePayment(MockMvc mvc, Logins logins, JdbcClient jdbc, Ledger ledger,
                                                   java.time.LocalDate today) throws Exception {
        long invoiceId = ledger.issueInvoice(owner.householdId(), today, today.withDayOfMonth(1), today,
                today.plusDays(30), 4_200);
        ID_KINDS.put("invoiceId", invoiceId);
        String location = mvc.perform(MockMvcRequestBuilders.post("/releve/paiement")
                        .param("invoiceId", String.valueOf(invoiceId)).with(logins.as(owner.login())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring(location.lastIndexOf('/') + 1);
        ID_KINDS.put("reference", reference);
        ID_KINDS.put("operationId", jdbc.sql("SELECT provider_operation_id FROM online_payment WHERE reference = :r")
                .param("r", reference).query(String.class).single());
    }

    /** A conversation with an attachment, sent through the real form. */
    private static void ownerWritesToTheTown(MockMvc mvc, Logins logins, JdbcClient jdbc) throws Exception {
        var image = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        mvc.perform(MockMvcRequestBuilders.multipart("/messages/nouveau")
                .file(new org.springframework.mock.web.MockMultipartFile("attachment", "justificatif.png",
                        "image/png", png.toByteArray()))
                .param("subject", "Question").param("body", "Bonjour")
                .with(logins.as(owner.login())).with(csrf()));
        long conversation = jdbc.sql("SELECT id FROM conversation WHERE household_id = :h")
                .param("h", owner.householdId()).query(Long.class).single();
        ID_KINDS.put("conversationId", conversation);
        ID_KINDS.put("attachmentId", jdbc.sql("SELECT id FROM inbox_attachment WHERE conversation_id = :c")
                .param("c", conversation).query(Long.class).single());
    }

    record Route(RequestMethod method, String pattern) {
    }

    /** Path variables that are not ids of anybody's data: the family's own yearly document, for instance. */
    private static final java.util.Set<String> NOT_IDS = java.util.Set.of("year");

    /**
     * Capability URLs: the secret in the path is the credential (the iCalendar feed a phone subscribes to,
     * without a session). CalendarFeedTests checks that a wrong token answers 404.
     */
    private static final java.util.Set<String> CAPABILITIES = java.util.Set.of("token");

    private List<Route> familyRoutesWithIds() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? java.util.Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.contains("{") && !pattern.startsWith("/gestion") && !pattern.startsWith("/error")
                        && !ownsNoData(pattern)) {
                    methods.forEach(m -> routes.add(new Route(m, pattern)));
                }
            }
        });
        return routes;
    }

    @Test
    void thereAreFamilyRoutesToWalk() {
        assertThat(familyRoutesWithIds()).extracting(Route::pattern).contains("/enfants/{childId}");
    }

    @Test
    void everyFamilyRouteAnswers404ForAnotherFamilysIds() throws Exception {
        var softly = new org.assertj.core.api.SoftAssertions();
        for (Route route : familyRoutesWithIds()) {
            String path = fill(route.pattern());
            var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(route.method().name()), path)
                    .with(logins.as(intruder.login())).with(csrf());
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            softly.assertThat(status).as(route.method() + " " + route.pattern() + " as another family").isEqualTo(404);
        }
        softly.assertAll();
        assertThat(familyRoutesWithIds()).extracting(r -> r.method() + " " + r.pattern()).contains(
                "GET /enfants/{childId}", "POST /enfants/{childId}/donnees-sanitaires",
                "GET /enfants/{childId}/photo.jpg", "POST /demandes/{requestId}/retrait",
                "GET /demandes/{requestId}/piece-jointe", "GET /messages/{conversationId}/pieces-jointes/{attachmentId}",
                "GET /releve/factures/{invoiceId}/pdf", "GET /releve/paiement/{reference}",
                "POST /paiement/simulateur/{operationId}", "GET /enfants/{childId}/agenda",
                "GET /enfants/{childId}/absences/{absenceId}/certificat");
        assertThat(requests.get((Long) ID_KINDS.get("requestId")).status().name()).as("the owner's request")
                .isEqualTo("PENDING");
    }

    /** Every family page, opened by the family it belongs to, renders: no server error on any of them. */
    @Test
    void everyFamilyPageWorksForItsOwner() throws Exception {
        var softly = new org.assertj.core.api.SoftAssertions();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            for (String pattern : info.getPatternValues()) {
                if (!get || pattern.startsWith("/gestion") || pattern.startsWith("/error") || pattern.startsWith("/essai/")
                        || pattern.contains("/paiement/")
                        || ownsNoData(pattern) && pattern.contains("{")) {
                    continue;
                }
                try {
                    int status = mvc.perform(MockMvcRequestBuilders.get(fill(pattern))
                            .with(logins.as(owner.login()))).andReturn().getResponse().getStatus();
                    softly.assertThat(status).as("GET " + pattern + " as its owner").isLessThan(500);
                } catch (Exception e) {
                    softly.fail("GET " + pattern + " as its owner threw " + e);
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void theOwnerReachesItsOwnChild() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/enfants/" + owner.childId())
                .with(logins.as(owner.login()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static boolean ownsNoData(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            if (CAPABILITIES.contains(m.group(1))) {
                return true;
            }
            if (!NOT_IDS.contains(m.group(1))) {
                return false;
            }
        }
        return true;
    }

    private String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            var kind = ID_KINDS.get(m.group(1));
            if (kind == null) {
                fail("Route " + pattern + " takes {" + m.group(1) + "}: add this kind of id to ID_KINDS");
            }
            m.appendReplacement(path, String.valueOf(kind));
        }
        m.appendTail(path);
        return path.toString();
    }
}
