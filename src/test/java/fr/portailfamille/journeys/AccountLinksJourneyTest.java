package fr.portailfamille.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.account.LinkPurpose;
import fr.portailfamille.account.OneTimeLinks;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a browser: an agent creates a family (an error first), invites its responsable; the parent chooses a password
 * from the link, logs in, logs out, forgets it and chooses a new one. Every new page is checked by axe-core and
 * photographed at 1366 px and 390 px (target/screenshots/comptes-*.png), with no sideways scroll.
 */
@PortalTest
class AccountLinksJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired OneTimeLinks links;
    @Autowired AccountAdministration accounts;
    @Autowired JdbcClient jdbc;

    private Browser browser;
    private WebDriver driver;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Axe, then a full-height screenshot at 1366 and 390 px, checking that nothing scrolls sideways. */
    private void check(String name, String pageName) {
        Axe.assertNoSeriousViolations(driver, pageName);
        for (int width : new int[] {1366, 390}) {
            browser.resizeViewport(width, 900);
            var js = (JavascriptExecutor) driver;
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
            long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(scrollWidth).as(pageName + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(width);
            browser.resizeViewport(width, (int) Math.min(Math.max(height, 600), 5000));
            browser.screenshot(SHOTS.resolve("comptes-" + name + "-" + width + ".png"));
        }
        browser.resizeViewport(1366, 900);
    }

    /** A click on submit may return before the next page is there: wait for its address. */
    private void awaitUrlEnding(String suffix) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** The element once the page that has it is there. */
    private org.openqa.selenium.WebElement waitFor(By locator) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(locator).isEmpty() ? null : d.findElement(locator));
    }

    private void awaitHeading(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(text)));
    }

    private void type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private long linkCount(long accountId, String purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM one_time_link WHERE account_id = :a AND purpose = :p")
                .param("a", accountId).param("p", purpose).query(Long.class).single();
    }

    /** The link the mail carried cannot be read here (no SMTP in this context): issue the next one, as a retry would. */
    private String freshLink(long accountId, LinkPurpose purpose) {
        await().atMost(Duration.ofSeconds(10)).until(() -> linkCount(accountId, purpose.name()) >= 1);
        String link = links.issue(accountId, purpose).url();
        return link.substring(link.indexOf(purpose.pathPrefix()));
    }

    @Test
    void anAgentCreatesAFamilyAndInvitesItThenTheParentActivatesAndResetsThePassword() {
        Browser.requireOrSkip();
        String lastName = "Navigateur" + (char) ('A' + System.nanoTime() % 26);
        String email = "parent." + System.nanoTime() % 1_000_000 + "@example.org";
        try (var b = Browser.ofSize(1366, 900)) {
            browser = b;
            driver = b.driver();
            driver.get(url("/gestion/connexion"));
            type("identifiant", "demo.agent");
            type("motDePasse", "Demo-Agent-2026");
            Browser.follow(driver, () -> driver.findElement(By.cssSelector("button[type=submit]")).click());

            driver.get(url("/gestion/familles"));
            driver.findElement(By.linkText("Créer une famille")).click();
            awaitHeading("Créer une famille");
            check("creer-famille", "Créer une famille");

            new Select(driver.findElement(By.id("f-civility"))).selectByValue("Mme");
            type("f-lastName", lastName);
            type("f-firstName", "Inès");
            type("f-addressLine", "12 rue du Port");
            type("f-postalCode", "44100");
            type("f-city", "Val-Fleuri");
            type("f-email", "pas-une-adresse");
            driver.findElement(By.cssSelector("button[type=submit].button-primary")).click();
            assertThat(waitFor(By.id("f-email-erreur")).getText()).isNotBlank();
            check("creer-famille-erreurs", "Créer une famille (erreurs)");

            type("f-email", email);
            type("f-phoneMobile", "06 98 76 54 32");
            driver.findElement(By.id("f-resident-oui")).click();
            type("f-quotient", "720");
            type("f-enfant1.firstName", "Lina");
            type("f-enfant1.lastName", lastName);
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('f-enfant1.birthDate').value = '2016-05-04'");
            new Select(driver.findElement(By.id("f-enfant1.sex"))).selectByValue("F");
            driver.findElement(By.cssSelector("button[type=submit].button-primary")).click();
            awaitHeading("Famille " + lastName);

            Browser.follow(driver, () -> driver.findElement(By.cssSelector(".access-invite button")).click());
            assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("invitation est envoyée");
            check("inviter", "Fiche famille avec invitation");
            long householdId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/gestion/familles/", ""));
            long accountId = accounts.accountsOfHousehold(householdId).get(0).id();
            Browser.follow(driver, () -> driver.findElement(By.cssSelector("form.logout-form button")).click());

            driver.get(url(freshLink(accountId, LinkPurpose.INVITATION)));
            assertThat(waitFor(By.id("identifiant")).getAttribute("value")).isEqualTo(email);
            check("activation", "Activation");
            type("newPassword", "Le phare au bout de la jetée");
            type("confirmation", "Le phare au bout de la jetée");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            awaitUrlEnding("/connexion?compteActive");
            check("connexion-compte-active", "Connexion après activation");

            driver.findElement(By.linkText("Mot de passe oublié ?")).click();
            awaitHeading("Mot de passe oublié");
            check("mot-de-passe-oublie", "Mot de passe oublié");
            type("identifiant", email);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(waitFor(By.id("demande-envoyee")).getText()).contains("Si un compte");
            check("mot-de-passe-oublie-envoye", "Mot de passe oublié (envoyé)");

            driver.get(url(freshLink(accountId, LinkPurpose.RESET)));
            check("reinitialisation", "Nouveau mot de passe");
            type("newPassword", "La marée monte sur la dune");
            type("confirmation", "La marée monte sur la dune");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            awaitUrlEnding("/connexion?motDePasseChange");

            driver.get(url("/mot-de-passe-oublie/" + "x".repeat(43)));
            check("lien-invalide", "Lien invalide");

            driver.get(url("/connexion"));
            type("identifiant", email);
            type("motDePasse", "La marée monte sur la dune");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            awaitUrlEnding("/");
            assertThat(driver.getPageSource()).contains("Lina");
        }
    }
}
