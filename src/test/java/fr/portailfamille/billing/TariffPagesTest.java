package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class TariffPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Tariffs tariffs;
    @Autowired Activities activities;

    @Test
    void agentsSeeTheGridFamiliesDoNot() throws Exception {
        String html = mvc.perform(get("/gestion/tarifs").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select("h1").text()).isEqualTo("Tarifs");
        assertThat(doc.select(".data-table thead th").eachText()).contains("Tranche 1", "Tranche 2", "Tranche 3");
        assertThat(doc.select(".data-table tbody").text()).contains("Résident : 12,00", "Non-résident : 17,00");
        mvc.perform(get("/gestion/tarifs").with(logins.as("demo.famille"))).andExpect(status().isForbidden());
    }

    @Test
    void anInvalidPriceIsRefusedNextToTheFieldAndKept() throws Exception {
        long bracket = tariffs.brackets().get(0).id();
        var before = tariffs.prices();
        String html = mvc.perform(post("/gestion/tarifs/prix").with(logins.as("demo.agent")).with(csrf())
                        .param("activityCode", "CROC-VACANCES").param("unit", "DAY").param("bracketId", Long.toString(bracket))
                        .param("resident", "douze").param("nonResident", "-3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select("#resident-erreur").text()).contains("Saisissez un montant en euros");
        assertThat(doc.select("#nonResident-erreur").text()).contains("Saisissez un montant en euros");
        assertThat(doc.select("#resident").val()).isEqualTo("douze");
        assertThat(doc.select("#resident").attr("aria-describedby")).isEqualTo("resident-erreur");
        assertThat(tariffs.prices()).isEqualTo(before);
    }

    @Test
    void activitiesComeFromTheActivitiesModuleAndAPriceIsSavedUnderTheirCode() throws Exception {
        long activity = activities.create(new ActivitySettings("Cantine d'été", ActivityKind.RESTAURATION_SCOLAIRE, 3,
                11, 50, BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                false, false));
        String code = activities.get(activity).code();
        assertThat(code).startsWith("CANTINE-D-ETE");
        var page = Jsoup.parse(mvc.perform(get("/gestion/tarifs").with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("form[action$=/gestion/tarifs/activites]")).as("agents no longer type activities")
                .isEmpty();
        assertThat(page.select("#titre-activites").first().parent().text()).contains(code, "Cantine d'été",
                "Croc'Vacances");
        assertThat(page.select("select[name=activityCode] option").eachAttr("value")).contains(code, "CROC-VACANCES");

        long bracket = tariffs.brackets().get(1).id();
        mvc.perform(post("/gestion/tarifs/prix").with(logins.as("demo.agent")).with(csrf())
                        .param("activityCode", code).param("unit", "MEAL")
                        .param("bracketId", Long.toString(bracket)).param("resident", "3,45")
                        .param("nonResident", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(tariffs.prices()).anySatisfy(p -> {
            assertThat(p.activityCode()).isEqualTo(code);
            assertThat(p.resident().cents()).isEqualTo(345);
            assertThat(p.nonResident().cents()).isEqualTo(400);
        });

        var before = tariffs.prices();
        String refused = mvc.perform(post("/gestion/tarifs/prix").with(logins.as("demo.agent")).with(csrf())
                        .param("activityCode", "INCONNUE").param("unit", "MEAL")
                        .param("bracketId", Long.toString(bracket)).param("resident", "3").param("nonResident", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#activityCode-erreur").text()).isNotBlank();
        assertThat(tariffs.prices()).isEqualTo(before);
    }

    @Test
    void theFamilySeesBracketPriceAndWhy() throws Exception {
        // demo.famille: QF 742 dated 1 January this year, resident, three children; 10 % from the 2nd child.
        String html = mvc.perform(get("/enfants/tarifs").with(logins.as("demo.famille")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var rows = Jsoup.parse(html).select("tbody tr");
        var ines = rows.stream().filter(r -> r.text().startsWith("Inès") && r.text().contains("Journée")
                && !r.text().contains("Demi")).findFirst().orElseThrow();
        assertThat(ines.text()).contains("Tranche 2", "12,00", "QF 742 du 01/01/", "résident de la commune");
        var hugo = rows.stream().filter(r -> r.text().startsWith("Hugo") && r.text().contains("Journée")
                && !r.text().contains("Demi")).findFirst().orElseThrow();
        assertThat(hugo.text()).contains("10,80", "réduction de 10 %");
    }

    @Test
    void withoutQuotientTheHighestBracketApplies() throws Exception {
        var family = fixtures.family("SansQF");
        String html = mvc.perform(get("/enfants/tarifs").with(logins.as(family.login())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("tbody tr").first().text())
                .contains("Tranche 3", "QF inconnu : tranche la plus haute");
    }
}
