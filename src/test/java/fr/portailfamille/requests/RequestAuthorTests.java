package fr.portailfamille.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Year;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Two guardians, each with a login on the same household: both see it, and a request says who asked. */
@PortalTest
class RequestAuthorTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired AccountAdministration accounts;
    @Autowired Requests requests;

    private void askFiscal(String login, String income) throws Exception {
        var response = mvc.perform(post("/compte/donnees-fiscales").with(logins.as(login)).with(csrf())
                .param("referenceIncome", income).param("taxParts", "2,5")
                .param("taxYear", String.valueOf(Year.now().getValue() - 1))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    private String page(String login, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(logins.as(login))).andReturn().getResponse()
                .getContentAsString()).text();
    }

    @Test
    void bothGuardiansSeeTheHouseholdAndEachRequestNamesTheAccountThatAsked() throws Exception {
        var family = fixtures.family("Deuxcomptes");
        String second = family.login() + ".conjoint";
        accounts.createFamilyAccount(second, Fixtures.PASSWORD, "Marc Deuxcomptes", family.householdId());

        assertThat(page(second, "/enfants")).contains("Enfant");
        askFiscal(family.login(), "25000");
        var first = requests.pending(family.householdId(), "family.fiscal", null).orElseThrow();
        assertThat(first.requestedBy()).isEqualTo("Alice Deuxcomptes (" + family.login() + ")");
        assertThat(page(second, "/demandes")).contains("par Alice Deuxcomptes (" + family.login() + ")");

        askFiscal(second, "26000");
        var replaced = requests.pending(family.householdId(), "family.fiscal", null).orElseThrow();
        assertThat(replaced.requestedBy()).isEqualTo("Marc Deuxcomptes (" + second + ")");
        assertThat(page("demo.agent", "/gestion/demandes?famille=" + family.householdId()))
                .contains("Marc Deuxcomptes (" + second + ")");
        assertThat(page("demo.agent", "/gestion/demandes/" + replaced.id()))
                .contains("par Marc Deuxcomptes (" + second + ")");
    }

    @Test
    void aRequestMadeAtTheDeskOrByTheSystemHasNoAuthor() {
        var family = fixtures.family("Guichet");
        long id = requests.submit(new NewRequest(family.householdId(), "family.fiscal", null, "Famille",
                new java.util.LinkedHashMap<>(java.util.Map.of("taxYear", "2025")), java.util.Map.of()));
        assertThat(requests.get(id).requestedBy()).isNull();
    }
}
