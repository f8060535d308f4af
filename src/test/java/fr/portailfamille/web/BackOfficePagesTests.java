package fr.portailfamille.web;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every back-office page without an id renders for an admin (no server error); the main ones answer 200. */
@PortalTest
class BackOfficePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyBackOfficePageWithoutAnIdRendersForAnAdmin() {
        var softly = new SoftAssertions();
        var statuses = new java.util.TreeMap<String, Integer>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/gestion") || pattern.contains("{")) {
                    continue;
                }
                try {
                    int status = mvc.perform(get(pattern).with(logins.as("demo.admin"))).andReturn().getResponse()
                            .getStatus();
                    softly.assertThat(status).as("GET " + pattern).isLessThan(500);
                    statuses.put(pattern, status);
                } catch (Exception e) {
                    softly.fail("GET " + pattern + " threw " + e);
                }
            }
        });
        softly.assertAll();
        for (String page : java.util.List.of("/gestion", "/gestion/familles", "/gestion/comptes", "/gestion/demandes",
                "/gestion/messages", "/gestion/activites", "/gestion/tarifs", "/gestion/facturation", "/gestion/journal")) {
            assertThat(statuses).as(page).containsEntry(page, 200);
        }
    }
}
