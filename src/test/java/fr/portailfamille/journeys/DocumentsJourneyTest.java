package fr.portailfamille.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import javax.imageio.ImageIO;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.documents.DocumentMoment;
import fr.portailfamille.documents.DocumentAudience;
import fr.portailfamille.documents.DocumentScope;
import fr.portailfamille.documents.DocumentTypeSettings;
import fr.portailfamille.documents.Documents;
import fr.portailfamille.documents.Validity;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pièces à fournir (issue 13): an enrolment refused for a missing document points to it; the family sends a file,
 * an agent refuses it with a reason the family reads, the family sends another, the agent accepts it with a
 * validity end, and the enrolment goes through. Then the demo family's documents and consents, and the attendance
 * list with the image-rights flag, at 1366 and 390 px (screenshots in target/screenshots/documents).
 */
@PortalTest
class DocumentsJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "documents");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Documents documents;
    @Autowired JdbcClient jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aDocumentRefusedThenAcceptedUnblocksTheEnrolment() throws Exception {
        Browser.requireOrSkip();
        var family = fixtures.family("Parcours");
        fixtures.completeChildRecord(family, Fixtures.noHealthConcern(), Fixtures.guardiansOnly());
        LocalDate today = fixtures.today();
        long activityId = activities.create(new ActivitySettings("Stage nature " + System.nanoTime() % 100_000,
                ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12, BookingDeadline.calendarDays(2, LocalTime.NOON),
                BookingDeadline.calendarDays(2, LocalTime.NOON), false, true));
        activities.addPeriod(activityId, "Vacances", today.plusDays(10), today.plusDays(20),
                EnumSet.allOf(DayOfWeek.class));
        String name = "Attestation d'assurance " + System.nanoTime() % 100_000;
        long typeId = documents.createType(new DocumentTypeSettings(name, DocumentScope.CHILD,
                DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false, Set.of(activityId)));
        documents.setMoment(activityId, DocumentMoment.ENROLMENT);
        Path scan = Files.createTempFile("assurance", ".png");
        var image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        ImageIO.write(image, "png", scan.toFile());
        String anchor = "piece-" + typeId + "-" + family.childId();

        try (var browser = Browser.ofSize(1366, 900)) {
            WebDriver driver = browser.driver();
            login(driver, "/connexion", family.login(), Fixtures.PASSWORD);
            driver.get(base() + "/enfants/" + family.childId() + "/inscriptions/nouvelle");
            var ask = driver.findElements(By.cssSelector("form.inline-form")).stream()
                    .filter(f -> f.findElement(By.name("activite")).getAttribute("value")
                            .equals(Long.toString(activityId))).findFirst();
            assertThat(ask).as("the activity is not offered while the document is missing").isEmpty();
            assertThat(driver.findElement(By.id("titre-impossibles")).findElement(By.xpath("..")).getText())
                    .contains("Pièce à fournir : " + name);
            // not enrolled yet, the child is asked the insurance only through this link
            String link = "/pieces?piece=" + typeId + "&enfant=" + family.childId() + "#" + anchor;
            Browser.follow(driver, By.cssSelector("a[href='" + link + "']"));
            assertThat(driver.getCurrentUrl()).endsWith(link);
            send(driver, anchor, scan);
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).contains("Pièce envoyée");
            assertThat(driver.findElement(By.id(anchor)).getText()).contains("En cours de vérification");
            logout(driver);

            // the agent refuses it with a reason
            login(driver, "/gestion/connexion", "demo.agent", "Demo-Agent-2026");
            decide(driver, family.childId(), name);
            driver.findElement(By.id("motif")).sendKeys("Le nom de l'enfant n'apparaît pas sur l'attestation.");
            Browser.follow(driver, By.cssSelector("form[action$='/refus'] button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).contains("Pièce refusée");
            logout(driver);

            // the family reads the reason and sends another
            login(driver, "/connexion", family.login(), Fixtures.PASSWORD);
            driver.get(base() + "/pieces#" + anchor);
            assertThat(driver.findElement(By.id(anchor)).getText()).contains("Refusée",
                    "Le nom de l'enfant n'apparaît pas sur l'attestation.");
            Axe.assertNoSeriousViolations(driver, "Pièces à fournir");
            browser.assertFits("Pièces à fournir");
            send(driver, anchor, scan);
            logout(driver);

            // the agent accepts it until the end of the school year
            login(driver, "/gestion/connexion", "demo.agent", "Demo-Agent-2026");
            decide(driver, family.childId(), name);
            Axe.assertNoSeriousViolations(driver, "Décision sur une pièce");
            browser.assertFits("Décision sur une pièce");
            assertThat(driver.findElement(By.id("finValidite")).getAttribute("value")).endsWith("-08-31");
            Browser.follow(driver, By.cssSelector("form[action$='/acceptation'] button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).contains("Pièce acceptée");
            Axe.assertNoSeriousViolations(driver, "Pièces et autorisations");
            browser.assertFits("Pièces et autorisations");
            logout(driver);

            // the enrolment goes through
            login(driver, "/connexion", family.login(), Fixtures.PASSWORD);
            driver.get(base() + "/enfants/" + family.childId() + "/inscriptions/nouvelle");
            Browser.follow(driver, By.cssSelector("button[aria-label*='" + activities.get(activityId).name()
                    .replace("'", "\\'") + "']"));
            assertThat(driver.getCurrentUrl()).endsWith("/enfants/" + family.childId() + "/inscriptions");
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).isNotBlank();
            driver.get(base() + "/enfants/" + family.childId());
            assertThat(driver.findElement(By.cssSelector(".documents-summary")).getText()).contains(name, "Valable");
            Axe.assertNoSeriousViolations(driver, "Fiche de l'enfant");
            browser.assertFits("Fiche de l'enfant");
            logout(driver);
        }
        Files.deleteIfExists(scan);
    }

    /** The demo family's pages and the agents' pages with the demo data, at both widths (read only). */
    @Test
    void theDemoFamilysDocumentsConsentsAndTheAttendanceListFit() {
        Browser.requireOrSkip();
        long hugo = jdbc.sql("""
                SELECT c.id FROM child c JOIN household h ON h.id = c.household_id
                 WHERE c.first_name = 'Hugo' AND h.name = 'Famille Martin'""").query(Long.class).single();
        var attended = jdbc.sql("""
                SELECT activity_id, service_day FROM reservation WHERE child_id = :c AND status = 'RESERVED'
                 ORDER BY service_day DESC""").param("c", hugo)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).list().get(0);
        String attendance = "/gestion/activites/" + attended[0] + "/jours/" + attended[1] + "/presences";
        String checkIn = "/gestion/pointage?activite=" + attended[0] + "&jour=" + attended[1];
        try (var browser = Browser.ofSize(1366, 900)) {
            WebDriver driver = browser.driver();
            login(driver, "/connexion", "demo.famille", "Demo-Famille-2026");
            for (String[] page : new String[][] {{"/pieces", "famille-pieces"},
                    {"/enfants/" + hugo + "/consentements", "famille-consentements"}, {"/", "famille-accueil"}}) {
                driver.get(base() + page[0]);
                Axe.assertNoSeriousViolations(driver, page[1]);
                browser.assertFits(page[1]);
                shots(browser, page[1]);
            }
            assertThat(driver.findElement(By.cssSelector(".documents-summary")).getText())
                    .contains("Justificatif de quotient familial", "Expire le");
            logout(driver);
            login(driver, "/gestion/connexion", "demo.agent", "Demo-Agent-2026");
            for (String[] page : new String[][] {{attendance, "agent-liste-presence"}, {checkIn, "agent-pointage"},
                    {"/gestion/pieces", "agent-pieces"}}) {
                driver.get(base() + page[0]);
                Axe.assertNoSeriousViolations(driver, page[1]);
                browser.assertFits(page[1]);
                shots(browser, page[1]);
            }
            driver.get(base() + attendance);
            assertThat(driver.findElement(By.cssSelector("table.attendance-table")).getText())
                    .contains("Droit à l'image refusé");
            driver.get(base() + "/gestion/pieces");
            Browser.follow(driver, By.partialLinkText("Hugo Martin"));
            Axe.assertNoSeriousViolations(driver, "agent-decision");
            shots(browser, "agent-decision");
        }
    }

    private static void shots(Browser browser, String name) {
        browser.resizeViewport(1366, 1400);
        browser.screenshot(SHOTS.resolve(name + "-1366.png"));
        browser.resizeViewport(390, 2400);
        browser.screenshot(SHOTS.resolve(name + "-390.png"));
        browser.resizeViewport(1366, 900);
    }

    private void send(WebDriver driver, String anchor, Path file) {
        var item = driver.findElement(By.id(anchor));
        item.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        Browser.follow(driver, () -> item.findElement(By.cssSelector("button[type=submit]")).click());
    }

    private void decide(WebDriver driver, long childId, String name) {
        driver.get(base() + "/gestion/pieces");
        assertThat(driver.findElement(By.id("titre-a-valider")).getText()).startsWith("Pièces à valider");
        Browser.follow(driver, By.cssSelector("#titre-a-valider ~ ul li:last-child a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    private void login(WebDriver driver, String page, String login, String password) {
        driver.get(base() + page);
        driver.findElement(By.id("identifiant")).sendKeys(login);
        driver.findElement(By.id("motDePasse")).sendKeys(password);
        Browser.follow(driver, By.cssSelector("form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/connexion");
    }

    private void logout(WebDriver driver) {
        Browser.follow(driver, By.cssSelector(".logout-form button"));
    }
}
