package fr.portailfamille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every family route that has a path variable and fills each variable with another family's id:
 * every one must answer 404. A new kind of id must be added to {@link #idsOf}, or this test fails.
 */
@PortalTest
class FamilyRouteOwnershipTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private Map<String, Long> idsOf(Fixtures.TestFamily other) {
        long requestId = requests.submit(new NewRequest(other.householdId(), "family.child-health", other.childId(),
                "Enfant", Map.of("pai", "true"), Map.of("pai", "")));
        return Map.of("childId", other.childId(), "requestId", requestId);
    }

    @Test
    void everyFamilyRouteWithAnIdAnswers404ForAnotherFamilysId() throws Exception {
        var me = fixtures.family("Moi");
        var other = fixtures.family("Autre");
        var ids = idsOf(other);
        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/gestion") || !pattern.contains("{")) {
                    continue;
                }
                String url = fill(pattern, ids);
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    var builder = request(HttpMethod.valueOf(method.name()), url).with(logins.as(me.login()));
                    if (method != RequestMethod.GET) {
                        builder = builder.with(csrf());
                    }
                    int status = mvc.perform(builder).andReturn().getResponse().getStatus();
                    assertThat(status).as(method + " " + url + " (" + pattern + ")").isEqualTo(404);
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).contains("GET /enfants/{childId}", "POST /enfants/{childId}/donnees-sanitaires",
                "GET /enfants/{childId}/photo.jpg", "POST /demandes/{requestId}/retrait",
                "GET /demandes/{requestId}/piece-jointe");
        // The other family's request is untouched.
        assertThat(requests.get(ids.get("requestId")).status().name()).isEqualTo("PENDING");
    }

    private static String fill(String pattern, Map<String, Long> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            if (id == null) {
                throw new AssertionError("No id kind '" + m.group(1) + "' in the table of FamilyRouteOwnershipTests"
                        + " for route " + pattern);
            }
            m.appendReplacement(sb, String.valueOf(id));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
