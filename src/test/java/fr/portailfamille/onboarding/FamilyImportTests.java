package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;

import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The CSV import of families: preview, confirmation, re-import, files with errors, bad files, invitations. */
@PortalTest
class FamilyImportTests {

    static final String HEADER = String.join(";", FamilyFile.REQUIRED) + ";resp2_civilite;resp2_nom;resp2_prenom;"
            + "resp2_telephone;resp2_email;qf;caisse;numero_allocataire;qf_depuis;iban_titulaire;iban;"
            + "enfant1_prenom;enfant1_nom;enfant1_naissance;enfant1_sexe\n";

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyImports imports;

    @Test
    void theExampleFileGivesTheExpectedCountsAndASecondImportChangesNothing() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("docs/exemples/familles-500.csv"));
        var session = new SessionCookie();
        long householdsBefore = count("SELECT COUNT(*) FROM household");

        var preview = upload(session, "familles-500.csv", example);
        assertThat(preview.select(".counter-value").eachText()).containsExactly("500", "0", "0", "0");
        assertThat(preview.select(".row-error")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(householdsBefore); // nothing before confirming

        long started = System.nanoTime();
        var result = session.perform(mvc, post("/gestion/familles/import/confirmation")
                .param("empreinte", preview.select("input[name=empreinte]").val())
                .with(logins.as("demo.agent")).with(csrf()));
        var confirmed = result.getResponse();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[import] familles-500.csv: confirmation (500 households) took " + millis + " ms");
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/gestion/familles/import");

        // the counts bench/import/generate-familles.py printed for this file
        assertThat(count("SELECT COUNT(*) FROM household") - householdsBefore).isEqualTo(500);
        assertThat(imported("SELECT COUNT(*) FROM child c JOIN imported_household i ON i.household_id = c.household_id"))
                .isEqualTo(1129);
        assertThat(imported("SELECT COUNT(*) FROM guardian g JOIN imported_household i ON i.household_id = g.household_id"))
                .isEqualTo(815);
        assertThat(imported("""
                SELECT COUNT(*) FROM household h JOIN imported_household i ON i.household_id = h.id
                 WHERE h.family_quotient IS NOT NULL""")).isEqualTo(399);
        assertThat(imported("""
                SELECT COUNT(*) FROM household h JOIN imported_household i ON i.household_id = h.id
                 WHERE h.iban IS NOT NULL""")).isEqualTo(166);
        assertThat(imported("""
                SELECT COUNT(*) FROM household h JOIN imported_household i ON i.household_id = h.id
                 WHERE h.resident = FALSE""")).isEqualTo(count("SELECT 0") + nonResidents(example));
        var page = page(get("/gestion/familles/import").with(SessionCookie.flash(result.getFlashMap())));
        assertThat(page.select(".notice-success").text().replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo("500 familles et 1 129 enfants importés.");

        // the same file again: every line recognised, nothing to confirm, nothing written
        var again = upload(new SessionCookie(), "familles-500.csv", example);
        assertThat(again.select(".counter-value").eachText()).containsExactly("0", "500", "0", "0");
        assertThat(again.select("input[name=empreinte]")).isEmpty();
        assertThat(again.text()).contains("Rien à importer");
        long households = count("SELECT COUNT(*) FROM household");
        var stale = session.perform(mvc, post("/gestion/familles/import/confirmation")
                .param("empreinte", preview.select("input[name=empreinte]").val())
                .with(logins.as("demo.agent")).with(csrf())).getResponse();
        assertThat(stale.getRedirectedUrl()).isEqualTo("/gestion/familles/import");
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);

        // a changed line of a known household is reported, not applied
        String changed = new String(example, StandardCharsets.UTF_8).replaceFirst("ANC-00001;non;M\\.;Dubois;David",
                "ANC-00001;non;M.;Dubois;Davide");
        var report = upload(new SessionCookie(), "familles-500.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(report.select(".counter-value").eachText()).containsExactly("0", "499", "1", "0");
        assertThat(report.select("#ligne-2 .import-status").text())
                .isEqualTo("Déjà importée, ligne modifiée (non appliquée)");
        assertThat(imports.confirm("x.csv", changed, "test").importable()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM guardian WHERE first_name = 'Davide'")).isZero();
    }

    @Test
    void aFileWithErrorsShowsThemNextToTheirLineAndWritesNothing() throws Exception {
        String file = HEADER
                + "ERR-1;oui;Mme;Lefèvre;Claire;3 rue du Port;44100;Val-Fleuri;06 12 34 56 78;claire.lefevre@example.org;;;;;;;;;;;;Emma;Lefèvre;12/03/2017;F\n"
                + "ERR-2;peut-être;M.;Roux;Karim;5 rue Haute;441;Val-Fleuri;06 12 34 56 79;karim@;;;;;;;;;;;;Léo;Roux;31/02/2016;X\n"
                + "ERR-1;non;Mme;=cmd|' /C calc'!A0;Anne;1 place;44100;Val-Fleuri;+33 6 12 34 56 70;anne@example.org;;;;;;abc;CAF;;;;;;;;\n";
        long households = count("SELECT COUNT(*) FROM household");
        long imports = count("SELECT COUNT(*) FROM family_import");
        var session = new SessionCookie();

        var preview = upload(session, "erreurs.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.select(".counter-value").eachText()).containsExactly("1", "0", "0", "2");
        assertThat(preview.select(".notice-error").text()).contains("rien ne sera importé");
        assertThat(preview.select("#ligne-2 .import-errors")).isEmpty();
        assertThat(preview.select("#ligne-3 .import-errors li").eachText()).containsExactly(
                "resident : Indiquez oui ou non.", "resp1_code_postal : Code postal à 5 chiffres.",
                "resp1_email : Adresse électronique invalide (exemple : nom@domaine.fr).",
                "enfant1_naissance : Date invalide (jj/mm/aaaa).", "enfant1_sexe : Choix invalide.");
        assertThat(preview.select("#ligne-4 .import-errors li").eachText()).contains(
                "id_externe : Cet identifiant figure déjà ligne 2.",
                "resp1_nom : Valeur refusée : elle commence comme une formule de tableur (=, +, -, @).",
                "qf : Nombre entier attendu.");
        assertThat(preview.select("#ligne-4 .import-errors").text()).doesNotContain("resp1_telephone");
        assertThat(preview.select("input[name=empreinte]")).isEmpty();

        // even posted by hand, the confirmation writes nothing: the preview was not importable
        session.perform(mvc, post("/gestion/familles/import/confirmation").param("empreinte", "x")
                .with(logins.as("demo.agent")).with(csrf()));
        assertThat(this.imports.confirm("erreurs.csv", file, "test").hasErrors()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);
        assertThat(count("SELECT COUNT(*) FROM family_import")).isEqualTo(imports);
        assertThat(count("SELECT COUNT(*) FROM guardian WHERE email = 'claire.lefevre@example.org'")).isZero();
    }

    @Test
    void badFilesGetAFrenchMessageAndNoPreview() throws Exception {
        Map<String, byte[]> files = Map.of(
                "Le fichier est vide", new byte[0],
                "Le fichier dépasse 2 Mo", new byte[3 * 1024 * 1024],
                "n'est pas un fichier texte CSV", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                "n'est pas encodé en UTF-8", (HEADER + "X-1;oui;Mme;Lefèvre;Zoé").getBytes(StandardCharsets.ISO_8859_1),
                "ne contient que l'en-tête", HEADER.getBytes(StandardCharsets.UTF_8),
                "Colonnes obligatoires absentes de l'en-tête : resp1_email",
                HEADER.replace("resp1_email;", "").getBytes(StandardCharsets.UTF_8),
                "Colonnes inconnues dans l'en-tête : couleur", HEADER.replace("\n", ";couleur\n")
                        .getBytes(StandardCharsets.UTF_8),
                "mal formé", (HEADER + "\"X-1;oui;Mme;Martin\n").getBytes(StandardCharsets.UTF_8),
                "ne ressemble pas à un en-tête CSV", "Bonjour, ceci est une lettre.".getBytes(StandardCharsets.UTF_8));
        long households = count("SELECT COUNT(*) FROM household");
        for (var file : files.entrySet()) {
            var response = mvc.perform(multipart("/gestion/familles/import")
                    .file(new MockMultipartFile("fichier", "familles.csv", "text/csv", file.getValue()))
                    .with(logins.as("demo.agent")).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(file.getKey()).isEqualTo(200);
            var page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select("#fichier-erreur").text()).as(file.getKey()).contains(file.getKey());
            assertThat(page.select("#fichier").attr("aria-describedby")).isEqualTo("fichier-aide fichier-erreur");
        }
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);
    }

    @Test
    void invitingAllImportedGuardiansSendsOneLinkToEachAddressWithoutAccountOnce() throws Exception {
        String file = HEADER
                + "INV-1;oui;Mme;Invite;Alice;3 rue du Port;44100;Val-Fleuri;06 12 34 56 78;alice.invite@example.org;M.;Invite;Bruno;06 12 34 56 77;bruno.invite@example.org;;;;;;;Emma;Invite;12/03/2017;F\n"
                + "INV-2;oui;M.;Invite;Paul;3 rue du Port;44100;Val-Fleuri;06 12 34 56 78;claire.martin@example.org;Mme;Invite;Sans;06 12 34 56 76;;;;;;;;Léo;Invite;12/03/2018;M\n";
        var session = new SessionCookie();
        var preview = upload(session, "invitations.csv", file.getBytes(StandardCharsets.UTF_8));
        session.perform(mvc, post("/gestion/familles/import/confirmation")
                .param("empreinte", preview.select("input[name=empreinte]").val())
                .with(logins.as("demo.agent")).with(csrf()));
        jdbc.sql("UPDATE account SET login = 'claire.martin@example.org' WHERE login = 'claire.martin@example.org'")
                .update();

        var first = imports.inviteAll();
        assertThat(count("SELECT COUNT(*) FROM account WHERE login IN ('alice.invite@example.org', "
                + "'bruno.invite@example.org')")).isEqualTo(2);
        assertThat(first.invited()).isGreaterThanOrEqualTo(2);
        assertThat(first.withoutEmail()).isGreaterThanOrEqualTo(1);
        var second = imports.inviteAll();
        assertThat(second.invited()).isZero();

        var response = mvc.perform(post("/gestion/familles/import/invitations").with(logins.as("demo.agent"))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/familles/import");
    }

    @Test
    void onlyAgentsImport() throws Exception {
        assertThat(mvc.perform(get("/gestion/familles/import").with(logins.as("demo.famille"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(page(get("/gestion/familles/import")).select("h1").text()).isEqualTo("Importer des familles");
    }


    @LocalServerPort int port;

    @Test
    void journeyAnAgentPreviewsAFileWithErrorsThenImportsAndInvites() throws Exception {
        Browser.requireOrSkip();
        String base = "http://localhost:" + port;
        Path wrong = Files.createTempFile("familles-erreurs", ".csv");
        Path right = Files.createTempFile("familles", ".csv");
        Files.writeString(wrong, HEADER
                + "NAV-1;oui;Mme;Navigateur;Inès;3 rue du Port;44100;Val-Fleuri;06 12 34 56 78;ines.navigateur@example.org;;;;;;;;;;;;Emma;Navigateur;12/03/2017;F\n"
                + "NAV-2;peut-être;M.;=cmd|' /C calc'!A0;Karim;5 rue Haute;441;Val-Fleuri;06 12 34 56 79;karim@;;;;;;;;;;;;Léo;Roux;31/02/2016;X\n");
        Files.writeString(right, HEADER
                + "NAV-1;oui;Mme;Navigateur;Inès;3 rue du Port;44100;Val-Fleuri;06 12 34 56 78;ines.navigateur@example.org;;;;;;;;;;;;Emma;Navigateur;12/03/2017;F\n"
                + "NAV-2;non;M.;Roux;Karim;5 rue Haute;44800;Saint-Herblain;06 12 34 56 79;karim.roux.nav@example.org;Mme;Roux;Sarah;07 12 34 56 79;sarah.roux.nav@example.org;850;CAF;1234567;01/01/2026;Karim Roux;FR7630006000011234567890189;Léo;Roux;28/02/2016;M\n");
        for (int width : new int[] {1366, 390}) {
            try (var browser = Browser.ofSize(width, 900)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/gestion/connexion");
                driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
                driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026");
                SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
                driver.get(base + "/gestion/familles");
                SelfServiceAccountTests.follow(driver, By.linkText("Importer des familles (CSV)"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Importer des familles");
                Axe.assertNoSeriousViolations(driver, "Importer des familles");
                SelfServiceAccountTests.assertNoSidewaysScroll(driver);
                SelfServiceAccountTests.fullShot(browser, "gestion-import-" + width + ".png");

                driver.findElement(By.id("fichier")).sendKeys(wrong.toString());
                SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aperçu de l'import");
                assertThat(driver.findElement(By.id("ligne-3")).getText()).contains("Indiquez oui ou non.",
                        "formule de tableur", "Code postal à 5 chiffres.");
                assertThat(driver.findElements(By.name("empreinte"))).isEmpty();
                Axe.assertNoSeriousViolations(driver, "Aperçu de l'import, avec erreurs");
                SelfServiceAccountTests.assertNoSidewaysScroll(driver);
                SelfServiceAccountTests.fullShot(browser, "gestion-import-erreurs-" + width + ".png");

                driver.get(base + "/gestion/familles/import");
                driver.findElement(By.id("fichier")).sendKeys(right.toString());
                SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
                Axe.assertNoSeriousViolations(driver, "Aperçu de l'import");
                SelfServiceAccountTests.fullShot(browser, "gestion-import-apercu-" + width + ".png");
                if (width == 1366) {
                    SelfServiceAccountTests.follow(driver, By.xpath("//button[text()=\"Confirmer l'import\"]"));
                    assertThat(driver.findElement(By.cssSelector(".notice-success")).getText())
                            .isEqualTo("2 familles et 2 enfants importés.");
                    SelfServiceAccountTests.follow(driver, By.xpath("//button[text()='Inviter tous les responsables importés']"));
                    assertThat(driver.findElement(By.cssSelector(".notice-success")).getText())
                            .contains("invitations envoyées");
                    Axe.assertNoSeriousViolations(driver, "Import réalisé, invitations envoyées");
                    SelfServiceAccountTests.fullShot(browser, "gestion-import-fait-" + width + ".png");
                }
            }
        }
    }

    // ---- helpers

    Document upload(SessionCookie session, String name, byte[] content) throws Exception {
        var response = session.perform(mvc, multipart("/gestion/familles/import").file(new MockMultipartFile("fichier",
                name, "text/csv", content)).with(logins.as("demo.agent")).with(csrf())).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var response = mvc.perform(request.with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    long imported(String sql) {
        return jdbc.sql(sql + (sql.contains("WHERE") ? " AND " : " WHERE ") + "i.external_id LIKE 'ANC-%'")
                .query(Long.class).single();
    }

    static long nonResidents(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ANC-") && l.contains(";non;"))
                .count();
    }
}
