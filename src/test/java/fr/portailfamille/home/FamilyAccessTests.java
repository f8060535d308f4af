package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** « Inviter ce responsable » and « Envoyer un lien de nouveau mot de passe » on the agents' family page. */
@PortalTest
class FamilyAccessTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired AccountAdministration accounts;
    @Autowired JdbcClient jdbc;

    private String flashAfter(String path, String... params) throws Exception {
        var request = post(path).with(logins.as("demo.agent")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var flash = result.getFlashMap();
        return flash.containsKey("problem") ? "problem:" + flash.get("problem") : "notice:" + flash.get("notice");
    }

    private long links(long accountId, String purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM one_time_link WHERE account_id = :a AND purpose = :p")
                .param("a", accountId).param("p", purpose).query(Long.class).single();
    }

    @Test
    void invitingAGuardianCreatesAnAccountWhoseLoginIsTheEmailAndMailsALink() throws Exception {
        var family = fixtures.family("Invitation");
        String email = households.household(family.householdId()).primary().email();
        assertThat(flashAfter("/gestion/familles/" + family.householdId() + "/inviter", "responsable", "PRIMARY"))
                .isEqualTo("notice:access.invite.sent");
        var invited = accounts.accountsOfHousehold(family.householdId()).stream()
                .filter(a -> a.login().equals(email)).findFirst().orElseThrow();
        assertThat(invited.email()).isEqualTo(email);
        await().atMost(Duration.ofSeconds(10)).until(() -> links(invited.id(), "INVITATION") == 1);
        var page = Jsoup.parse(mvc.perform(get("/gestion/familles/" + family.householdId())
                .with(logins.as("demo.agent"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".access-list li").eachText()).anyMatch(t -> t.contains(email)
                && t.contains("invitation en attente"));

        // inviting again sends a new link and revokes the first
        flashAfter("/gestion/familles/" + family.householdId() + "/inviter", "responsable", "PRIMARY");
        await().atMost(Duration.ofSeconds(10)).until(() -> links(invited.id(), "INVITATION") == 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM one_time_link WHERE account_id = :a AND revoked_at IS NULL")
                .param("a", invited.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.accountsOfHousehold(family.householdId())).hasSize(2);
    }

    @Test
    void aGuardianWithoutEmailOrWhoseAddressIsAnotherAccountsLoginIsNotInvited() throws Exception {
        var family = fixtures.family("SansAdresse");
        assertThat(flashAfter("/gestion/familles/" + family.householdId() + "/inviter", "responsable", "SECOND"))
                .isEqualTo("problem:access.invite.no-email");

        var other = fixtures.family("Autre");
        String taken = households.household(other.householdId()).primary().email();
        flashAfter("/gestion/familles/" + other.householdId() + "/inviter", "responsable", "PRIMARY");
        households.setSecondGuardian(family.householdId(), new Guardian("M.", "Autre", "Paul",
                LocalDate.of(1980, 1, 1), null, null, null, null, "0600000000", null, taken, null, null));
        assertThat(flashAfter("/gestion/familles/" + family.householdId() + "/inviter", "responsable", "SECOND"))
                .isEqualTo("problem:access.invite.taken");
        assertThat(accounts.accountsOfHousehold(family.householdId())).hasSize(1);
    }

    @Test
    void anAgentSendsAResetLinkOnlyToAnAccountOfThatFamily() throws Exception {
        var family = fixtures.family("Lien");
        var other = fixtures.family("Voisin");
        assertThat(mvc.perform(post("/gestion/familles/" + family.householdId() + "/comptes/" + other.accountId()
                + "/lien-mot-de-passe").with(logins.as("demo.agent")).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(flashAfter("/gestion/familles/" + family.householdId() + "/comptes/" + family.accountId()
                + "/lien-mot-de-passe")).isEqualTo("notice:access.reset.sent");
        await().atMost(Duration.ofSeconds(10)).until(() -> links(family.accountId(), "RESET") == 1);
        assertThat(links(other.accountId(), "RESET")).isZero();
        assertThat(mvc.perform(post("/gestion/familles/" + family.householdId() + "/inviter")
                .with(logins.as(family.login())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
