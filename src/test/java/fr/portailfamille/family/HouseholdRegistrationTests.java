package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** « Créer une famille »: the agent's form, its validation (the family forms' own), duplicates, the record. */
@PortalTest
class HouseholdRegistrationTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Households households;

    private static Map<String, String> valid(String lastName, String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("civility", "Mme");
        form.put("lastName", lastName);
        form.put("firstName", "Camille");
        form.put("birthDate", "1986-04-12");
        form.put("addressLine", "3 rue des Lilas");
        form.put("postalCode", "44100");
        form.put("city", "Val-Fleuri");
        form.put("phoneMobile", "06 12 34 56 78");
        form.put("email", email);
        form.put("resident", "true");
        form.put("quotient", "842");
        form.put("enfant1.firstName", "Lou");
        form.put("enfant1.lastName", lastName);
        form.put("enfant1.birthDate", "2017-09-03");
        form.put("enfant1.sex", "F");
        form.put("enfant2.firstName", "Noé");
        form.put("enfant2.lastName", lastName);
        form.put("enfant2.birthDate", "2020-01-20");
        form.put("enfant2.sex", "M");
        return form;
    }

    private MockHttpServletResponse post(Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/gestion/familles/nouvelle").with(logins.as("demo.agent")).with(csrf());
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    private static String unique(String base) {
        return base + (char) ('A' + (int) (System.nanoTime() % 26)) + System.nanoTime() % 100_000;
    }

    @Test
    void theSearchPageLeadsToTheFormWhichFamiliesCannotOpen() throws Exception {
        var search = Jsoup.parse(mvc.perform(get("/gestion/familles").with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString());
        assertThat(search.select("a[href=/gestion/familles/nouvelle]").text()).isEqualTo("Créer une famille");
        var form = Jsoup.parse(mvc.perform(get("/gestion/familles/nouvelle").with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("label[for=f-enfant1.firstName]").text()).contains("Prénom");
        assertThat(form.select("input[name=_csrf]")).isNotEmpty();
        assertThat(mvc.perform(get("/gestion/familles/nouvelle").with(logins.as("demo.famille")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aValidFormCreatesTheHouseholdItsResponsableChildrenAndQuotient() throws Exception {
        String name = unique("Creation");
        var response = post(valid(name, name.toLowerCase() + "@example.org"));
        assertThat(response.getRedirectedUrl()).startsWith("/gestion/familles/");
        long id = Long.parseLong(response.getRedirectedUrl().substring("/gestion/familles/".length()));
        var household = households.household(id);
        assertThat(household.name()).isEqualTo("Famille " + name);
        assertThat(household.city()).isEqualTo("Val-Fleuri");
        assertThat(household.resident()).isTrue();
        assertThat(household.primary().email()).isEqualTo(name.toLowerCase() + "@example.org");
        assertThat(household.primary().birthDate()).hasToString("1986-04-12");
        assertThat(household.allowance().quotient()).isEqualTo(842);
        assertThat(households.children(id)).extracting(ChildView::firstName).containsExactlyInAnyOrder("Lou", "Noé");
        var page = Jsoup.parse(mvc.perform(get(response.getRedirectedUrl()).with(logins.as("demo.agent"))
                .with(SessionCookie.flash(java.util.Map.of("notice", "household.new.created")))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[role=status]").text()).contains("La famille est créée");
    }

    @Test
    void badInputIsShownNextToEachFieldKeepsWhatWasTypedAndWritesNothing() throws Exception {
        long before = households();
        var form = valid(unique("Erreurs"), "pas-une-adresse");
        form.put("enfant1.birthDate", "2999-01-01");
        form.put("enfant2.sex", "X");
        form.put("quotient", "douze");
        form.put("postalCode", "4410\u0007");
        form.put("resident", "");
        var response = post(form);
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#f-email-erreur").text()).isNotEmpty();
        assertThat(page.select("[id=f-enfant1.birthDate-erreur]").text()).isNotEmpty();
        assertThat(page.select("[id=f-enfant2.sex-erreur]").text()).isNotEmpty();
        assertThat(page.select("#f-quotient-erreur").text()).isNotEmpty();
        assertThat(page.select("#f-postalCode-erreur").text()).isNotEmpty();
        assertThat(page.select("fieldset[aria-describedby=f-resident-erreur]")).isNotEmpty();
        assertThat(page.select("#f-email").val()).isEqualTo("pas-une-adresse");
        assertThat(page.select("[id=f-enfant1.firstName]").val()).isEqualTo("Lou");
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void aHouseholdNeedsAtLeastOneChild() throws Exception {
        long before = households();
        var form = valid(unique("SansEnfant"), "sans.enfant@example.org");
        form.keySet().removeIf(k -> k.startsWith("enfant"));
        var page = Jsoup.parse(post(form).getContentAsString());
        assertThat(page.select("[id=f-enfant1.firstName-erreur]").text()).contains("au moins un enfant");
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void aPossibleDuplicateIsFlaggedBeforeSavingAndCanBeCreatedAnyway() throws Exception {
        String name = unique("Doublon");
        assertThat(post(valid(name, name.toLowerCase() + "@example.org")).getRedirectedUrl()).isNotNull();
        long before = households();

        // same name and birth date, another e-mail
        var again = post(valid(name, "autre." + name.toLowerCase() + "@example.org"));
        assertThat(again.getStatus()).isEqualTo(200);
        var warning = Jsoup.parse(again.getContentAsString()).select("#doublons");
        assertThat(warning.text()).contains("Famille " + name);
        assertThat(households()).isEqualTo(before);

        // another person with the same e-mail address
        var sameEmail = valid(unique("Autre"), name.toUpperCase() + "@EXAMPLE.ORG");
        assertThat(Jsoup.parse(post(sameEmail).getContentAsString()).select("#doublons").text())
                .contains("Famille " + name);
        assertThat(households()).isEqualTo(before);

        var confirmed = valid(name, "autre." + name.toLowerCase() + "@example.org");
        confirmed.put("creerQuandMeme", "true");
        assertThat(post(confirmed).getRedirectedUrl()).startsWith("/gestion/familles/");
        assertThat(households()).isEqualTo(before + 1);
    }
}
