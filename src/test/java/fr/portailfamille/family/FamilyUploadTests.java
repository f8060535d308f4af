package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.upload.TestFiles;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Photos and proofs sent through the real forms: refused with a clear message, or stored clean. */
@PortalTest
class FamilyUploadTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired SectionStore sections;

    private String sendPhoto(Fixtures.TestFamily family, String name, String type, byte[] content) throws Exception {
        return mvc.perform(multipart("/enfants/" + family.childId() + "/photo")
                        .file(new MockMultipartFile("fichier", name, type, content))
                        .with(logins.as(family.login())).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void svgWithScriptNamedJpgIsRefused() throws Exception {
        var family = fixtures.family("Svg");
        String html = sendPhoto(family, "photo.jpg", "image/jpeg",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(html).contains("Seuls les fichiers PDF, JPEG ou PNG sont acceptés");
        assertThat(requests.ofHousehold(family.householdId(), null)).isEmpty();
    }

    @Test
    void polyglotIsRefused() throws Exception {
        var family = fixtures.family("Polyglotte");
        byte[] polyglot = TestFiles.concat("GIF89a/*<html><script>alert(1)</script>*/".getBytes(StandardCharsets.US_ASCII),
                TestFiles.jpeg(20, 20));
        assertThat(sendPhoto(family, "photo.jpg", "image/jpeg", polyglot))
                .contains("Seuls les fichiers PDF, JPEG ou PNG sont acceptés");
        assertThat(requests.ofHousehold(family.householdId(), null)).isEmpty();
    }

    @Test
    void hugePngIsRefused() throws Exception {
        var family = fixtures.family("Enorme");
        assertThat(sendPhoto(family, "grande.png", "image/png", TestFiles.pngHeaderOnly(30_000, 30_000)))
                .contains("L’image est trop grande");
        assertThat(requests.ofHousehold(family.householdId(), null)).isEmpty();
    }

    @Test
    void jpegWithGpsIsStoredWithoutItAndServedPrivately() throws Exception {
        var family = fixtures.family("Gps");
        byte[] withGps = TestFiles.withExif(TestFiles.jpeg(300, 200), 1);
        assertThat(TestFiles.contains(withGps, "GPS")).isTrue();
        mvc.perform(multipart("/enfants/" + family.childId() + "/photo")
                        .file(new MockMultipartFile("fichier", "vacances.jpg", "image/jpeg", withGps))
                        .with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var request = requests.pending(family.householdId(), "family.child-photo", family.childId()).orElseThrow();
        requests.accept(request.id(), "Agent", null);

        byte[] stored = sections.photo(family.childId()).orElseThrow().content();
        assertThat(TestFiles.contains(stored, "GPS")).isFalse();
        assertThat(TestFiles.contains(stored, "Exif")).isFalse();
        mvc.perform(get("/enfants/" + family.childId() + "/photo.jpg").with(logins.as(family.login())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        var other = fixtures.family("GpsAutre");
        mvc.perform(get("/enfants/" + family.childId() + "/photo.jpg").with(logins.as(other.login())))
                .andExpect(status().isNotFound());
    }

    @Test
    void cafProofIsRequiredWhenTheQuotientChangesAndShownToAgents() throws Exception {
        var family = fixtures.family("Caf");
        String html = mvc.perform(multipart("/compte/caf").param("allowanceFund", "CAF").param("allowanceNumber", "998877")
                        .param("quotient", "650").param("quotientSince", "2026-01-01")
                        .with(logins.as(family.login())).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Joignez un justificatif").contains("value=\"998877\"");
        mvc.perform(multipart("/compte/caf").file(new MockMultipartFile("fichier", "attestation caf.pdf",
                                "application/pdf", TestFiles.pdf()))
                        .param("allowanceFund", "CAF").param("allowanceNumber", "998877")
                        .param("quotient", "650").param("quotientSince", "2026-01-01")
                        .with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var request = requests.pending(family.householdId(), "family.allowance", null).orElseThrow();
        assertThat(mvc.perform(get("/gestion/demandes/" + request.id()).with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString()).contains("/gestion/demandes/" + request.id() + "/piece-jointe");
        mvc.perform(get("/gestion/demandes/" + request.id() + "/piece-jointe").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        requests.accept(request.id(), "Agent", null);
        assertThat(sections.document(family.householdId(), SectionApplier.ALLOWANCE_PROOF)).isPresent();
    }
}
