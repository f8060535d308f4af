package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Paramètres de la collectivité: the unpaid-balance booking rule, off by default, set by an admin. */
@PortalTest
class TownSettingsControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Town town;

    @Test
    void anAdminSetsAndRemovesTheLimitAndAWrongAmountIsRefusedNextToTheField() throws Exception {
        var before = town.unpaidBookingLimit();
        try {
            var saved = mvc.perform(post("/gestion/parametres").param("unpaidLimit", "150,50")
                    .with(logins.as("demo.admin")).with(csrf())).andReturn();
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(town.unpaidBookingLimit()).contains(Money.ofCents(15_050));
            var page = mvc.perform(get("/gestion/parametres").with(logins.as("demo.admin"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(page).select("#unpaidLimit").val()).isEqualTo("150,50");

            var wrong = mvc.perform(post("/gestion/parametres").param("unpaidLimit", "cent euros")
                    .with(logins.as("demo.admin")).with(csrf())).andReturn();
            assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
            var doc = Jsoup.parse(wrong.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(doc.select("#unpaidLimit-erreur").text()).contains("Saisissez un montant en euros");
            assertThat(doc.select("#unpaidLimit").val()).isEqualTo("cent euros");
            assertThat(town.unpaidBookingLimit()).contains(Money.ofCents(15_050)); // nothing changed

            mvc.perform(post("/gestion/parametres").param("unpaidLimit", "").with(logins.as("demo.admin"))
                    .with(csrf()));
            assertThat(town.unpaidBookingLimit()).isEmpty();
        } finally {
            town.saveUnpaidBookingLimit(before);
        }
    }

    @Test
    void onlyAdminsReachTheSettings() throws Exception {
        assertThat(mvc.perform(get("/gestion/parametres").with(logins.as("demo.agent"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/gestion/parametres").param("unpaidLimit", "1").with(logins.as("demo.agent"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(town.unpaidBookingLimit()).isEmpty(); // off by default
    }
}
