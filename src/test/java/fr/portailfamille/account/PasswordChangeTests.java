package fr.portailfamille.account;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PortalTest
class PasswordChangeTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private String hashOf(String login) {
        return jdbc.sql("SELECT password_hash FROM account WHERE login = :l").param("l", login)
                .query(String.class).single();
    }

    /** Posts the form and returns the error shown next to the given field (empty if none). */
    private String errorNextTo(String login, String current, String fresh, String confirmation, String field)
            throws Exception {
        var response = mvc.perform(post("/mot-de-passe").with(logins.as(login)).with(csrf())
                .param("currentPassword", current).param("newPassword", fresh).param("confirmation", confirmation))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString()).select("#" + field + "-erreur").text();
    }

    @Test
    void refusesWhatThePolicyRefusesAndChangesNothing() throws Exception {
        var f = fixtures.family("Politique");
        String before = hashOf(f.login());
        assertThat(errorNextTo(f.login(), "faux", "trois chats gris sur le toit", "trois chats gris sur le toit",
                "currentPassword")).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "court-11car", "court-11car", "newPassword"))
                .contains("au moins 12 caractères");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "azertyuiop123", "azertyuiop123", "newPassword"))
                .contains("plus courants");
        String withLogin = "x" + f.login() + "-2026";
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, withLogin, withLogin, "newPassword"))
                .contains("identifiant");
        String tooLong = "a".repeat(129);
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, tooLong, tooLong, "newPassword")).contains("128");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "trois chats gris sur le toit", "autre chose encore",
                "confirmation")).contains("pas identiques");
        assertThat(hashOf(f.login())).isEqualTo(before);
    }

    @Test
    void eachNormalisedRuleIsNamedInPlainFrench() throws Exception {
        var f = fixtures.family("Normes");   // display name « Alice Normes », town « Val-Fleuri »
        String before = hashOf(f.login());
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "motdepasse123", "motdepasse123", "newPassword"))
                .contains("ressemble trop à un mot de passe courant");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "123456789012", "123456789012", "newPassword"))
                .contains("suite ou une répétition");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "Alice Normes 2026", "Alice Normes 2026", "newPassword"))
                .contains("votre nom ou votre prénom");
        assertThat(errorNextTo(f.login(), Fixtures.PASSWORD, "ValFleuri2026!!", "ValFleuri2026!!", "newPassword"))
                .contains("nom de la commune");
        assertThat(hashOf(f.login())).isEqualTo(before);
    }

    @Test
    void acceptsSpacesAndAccents() throws Exception {
        var f = fixtures.family("Accents");
        String fresh = "le chêne vert pousse à l'été";
        var response = mvc.perform(post("/mot-de-passe").with(logins.as(f.login())).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", fresh)
                .param("confirmation", fresh)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(encoder.matches(fresh, hashOf(f.login()))).isTrue();
        assertThat(hashOf(f.login())).startsWith("{argon2id}");
    }
}
