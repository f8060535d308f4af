package fr.portailfamille.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family ticks « Rester connecté sur cet appareil », finds the device on Mon compte and logs it out — in a real
 * Chromium, on a desktop and on a phone.
 */
@PortalTest
class RememberedDeviceJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void journey(Browser browser, String suffix, int width) throws Exception {
        var family = fixtures.family("Appareil" + suffix);
        WebDriver driver = browser.driver();
        driver.get(url("/connexion"));
        browser.screenshot(SHOTS.resolve("connexion-rester-" + suffix + ".png"));
        driver.findElement(By.id("identifiant")).sendKeys(family.login());
        driver.findElement(By.id("motDePasse")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("label[for=resterConnecte]")).click();
        Browser.follow(driver, By.cssSelector("button[type=submit]"));
        assertThat(driver.manage().getCookieNamed("PFAPPAREIL")).isNotNull();

        driver.get(url("/compte"));
        var devices = driver.findElement(By.id("appareils"));
        assertThat(devices.getText()).contains("Appareils connectés").contains("cet appareil");
        Axe.assertNoSeriousViolations(driver, "Mon compte, appareils connectés");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", devices);
        browser.screenshot(SHOTS.resolve("compte-appareils-" + suffix + ".png"));
        long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("no horizontal scrolling").isLessThanOrEqualTo(width);

        Browser.follow(driver, By.cssSelector("#appareils form button"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("L'appareil est déconnecté");
        assertThat(driver.findElement(By.id("appareils")).getText()).contains("Aucun appareil");
    }

    @Test
    void onADesktop() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.ofSize(1366, 1000)) {
            journey(browser, "desktop", 1366);
        }
    }

    @Test
    void onAPhone() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.phone()) {
            journey(browser, "phone", 390);
        }
    }
}
