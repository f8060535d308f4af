package fr.portailfamille.retention;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.upload.TestFiles;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mon compte → « Télécharger mes données »: the ZIP opened and read, for one family of two. */
@PortalTest
class DataExportTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theZipHoldsTheFamilysDataAndNothingOfAnotherFamily() throws Exception {
        var mine = fixtures.family("Zipfamille");
        var other = fixtures.family("Voisinzip");
        fixtures.completeChildRecord(mine, Map.of("pai", "true", "diet", "NONE", "foodAllergies", "Arachide"),
                Fixtures.guardiansOnly());
        fixtures.completeChildRecord(other, Map.of("pai", "false", "diet", "NONE", "foodAllergies", "Kiwi"),
                Fixtures.guardiansOnly());
        photo(mine);
        photo(other);
        mvc.perform(post("/messages/nouveau").param("subject", "Question sur la cantine")
                        .param("body", "Notre fille mange sans porc.").with(logins.as(mine.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/messages/nouveau").param("subject", "Question du voisin")
                        .param("body", "Message secret du voisin.").with(logins.as(other.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // the link on Mon compte
        String page = mvc.perform(get("/compte").with(logins.as(mine.login()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("a[href=/compte/mes-donnees]").text()).isEqualTo("Télécharger mes données");

        var started = mvc.perform(get("/compte/mes-donnees").with(logins.as(mine.login())))
                .andExpect(request().asyncStarted()).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"mes-donnees-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/retention"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/retention/mes-donnees-exemple.zip"),
                response.getContentAsByteArray()); // a sample to open by hand
        Map<String, byte[]> entries = unzip(response.getContentAsByteArray());

        assertThat(entries.keySet()).contains("resume.html", "donnees/famille.json", "donnees/comptes.json",
                "donnees/messages.json", "donnees/demandes.json", "donnees/agenda.json",
                "donnees/inscriptions.json", "donnees/facturation.json", "donnees/pieces-et-autorisations.json");
        assertThat(entries.keySet()).anyMatch(n -> n.startsWith("documents/famille/photo-enfant-" + mine.childId()));
        assertThat(entries.keySet()).noneMatch(n -> n.contains("photo-enfant-" + other.childId()));

        JsonNode family = JSON.readTree(entries.get("donnees/famille.json"));
        assertThat(family.get("foyer").get(0).get("id").asLong()).isEqualTo(mine.householdId());
        assertThat(family.get("enfants")).hasSize(1);
        assertThat(family.get("enfants").get(0).get("id").asLong()).isEqualTo(mine.childId());
        assertThat(family.get("donnees_sanitaires").get(0).get("food_allergies").asString()).isEqualTo("Arachide");
        assertThat(family.get("donnees_sanitaires").get(0).get("pai").asBoolean()).isTrue();
        JsonNode messages = JSON.readTree(entries.get("donnees/messages.json"));
        assertThat(messages.get("messages").valueStream().map(m -> m.get("body").asString()))
                .contains("Notre fille mange sans porc.");
        JsonNode accounts = JSON.readTree(entries.get("donnees/comptes.json"));
        assertThat(accounts.get("comptes").get(0).get("login").asString()).isEqualTo(mine.login());
        assertThat(accounts.toString()).doesNotContain("password_hash", "$argon2", "token");
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".json")) {
                JSON.readTree(entry.getValue()); // every JSON file parses
            }
        }

        String summary = new String(entries.get("resume.html"), StandardCharsets.UTF_8);
        var html = Jsoup.parse(summary);
        assertThat(html.select("h1").text()).isEqualTo("Données de la famille Famille Zipfamille");
        assertThat(html.select("h2").eachText()).startsWith("Dossier de la famille")
                .contains("Comptes d'accès", "Demandes", "Messagerie");
        // labelled in French, one field a line for a record with many fields
        assertThat(html.select("th[scope=row]").eachText()).contains("Allergies alimentaires", "Téléphone portable");
        assertThat(html.text()).contains("Arachide", "Notre fille mange sans porc.");

        // nothing of the other family, anywhere
        for (var entry : entries.entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(text).as(entry.getKey()).doesNotContain("Voisinzip", "Kiwi", "Message secret du voisin",
                    other.login());
        }
    }

    @Test
    void onlyALoggedInFamilyDownloadsItsData() throws Exception {
        assertThat(mvc.perform(get("/compte/mes-donnees")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/connexion");
        assertThat(mvc.perform(get("/compte/mes-donnees").with(logins.as("demo.agent"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private void photo(Fixtures.TestFamily family) throws Exception {
        mvc.perform(multipart("/enfants/" + family.childId() + "/photo")
                        .file(new MockMultipartFile("fichier", "photo.jpg", "image/jpeg", TestFiles.jpeg(120, 160)))
                        .with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.child-photo", family.childId()).orElseThrow()
                .id(), "demo.agent", null);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
