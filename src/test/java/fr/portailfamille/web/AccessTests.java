package fr.portailfamille.web;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PortalTest
class AccessTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compte", "/enfants", "/enfants/1", "/releve", "/messages", "/demandes",
            "/mot-de-passe", "/gestion", "/gestion/familles", "/gestion/comptes"})
    void anonymousUsersAreSentToTheLoginPage(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/connexion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/connexion", "/gestion/connexion", "/css/portail.css",
            "/webjars/htmx.org/2.0.8/dist/htmx.min.js"})
    void anonymousUsersReachOnlyTheLoginPageAndStaticFiles(String path) throws Exception {
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/gestion", "/gestion/familles", "/gestion/familles/1", "/gestion/comptes"})
    void familiesNeverReachGestion(String path) throws Exception {
        var response = mvc.perform(get(path).with(logins.as("demo.famille"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void familiesCannotPostToGestion() throws Exception {
        var response = mvc.perform(post("/gestion/comptes/deverrouiller").param("login", "demo.agent")
                .with(csrf()).with(logins.as("demo.famille"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void agentsCannotManageAccounts() throws Exception {
        var response = mvc.perform(get("/gestion/comptes").with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/gestion/comptes").with(logins.as("demo.admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void agentsAreNotFamilies() throws Exception {
        assertThat(mvc.perform(get("/releve").with(logins.as("demo.agent"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/").with(logins.as("demo.agent"))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/gestion");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var response = mvc.perform(post("/mot-de-passe").with(logins.as("demo.famille"))
                .param("currentPassword", "x")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }
}
