package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.util.Map;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.HttpFamily;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** « Rester connecté sur cet appareil »: a hashed, rotated token per device, revoked at password change and by hand. */
@PortalTest
class PersistentLoginTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private HttpCookie deviceCookie(HttpFamily http) {
        return http.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(PersistentLogins.COOKIE)).findFirst().orElse(null);
    }

    /** A browser that comes back later: no session, only the device cookie. */
    private HttpFamily comingBackWith(HttpCookie device) {
        var later = new HttpFamily(port);
        var copy = new HttpCookie(device.getName(), device.getValue());
        copy.setPath("/");
        copy.setVersion(0); // sent as is, not quoted
        later.cookies().getCookieStore().add(URI.create("http://localhost:" + port), copy);
        return later;
    }

    private int devicesOf(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM persistent_login WHERE account_id = :a").param("a", accountId)
                .query(Integer.class).single();
    }

    private HttpFamily loggedInRemembered(Fixtures.TestFamily family) throws Exception {
        var http = new HttpFamily(port);
        assertThat(http.logIn(family.login(), Map.of(PersistentLogins.PARAMETER, "true")).statusCode()).isEqualTo(302);
        return http;
    }

    @Test
    void aTickedDeviceComesBackWithoutItsPasswordAndItsTokenIsStoredHashedAndRotated() throws Exception {
        var family = fixtures.family("Appareil");
        var first = deviceCookie(loggedInRemembered(family));
        assertThat(first).isNotNull();
        assertThat(devicesOf(family.accountId())).isEqualTo(1);
        String stored = jdbc.sql("SELECT token_hash FROM persistent_login WHERE account_id = :a")
                .param("a", family.accountId()).query(String.class).single();
        assertThat(first.getValue()).doesNotContain(stored);

        var later = comingBackWith(first);
        var home = later.get("/");
        assertThat(home.statusCode()).as(home.headers().map() + " cookie " + first).isEqualTo(200);
        var rotated = home.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(PersistentLogins.COOKIE + "=")).map(h -> HttpCookie.parse(h).get(0))
                .findFirst().orElseThrow();
        assertThat(rotated.getValue()).isNotEqualTo(first.getValue());
        assertThat(jdbc.sql("SELECT token_hash FROM persistent_login WHERE account_id = :a")
                .param("a", family.accountId()).query(String.class).single()).isNotEqualTo(stored);

        // the old cookie again (a copy of it): refused, and every device of the account is revoked
        var copy = comingBackWith(first).get("/");
        assertThat(copy.statusCode()).isEqualTo(302);
        assertThat(devicesOf(family.accountId())).isZero();
        assertThat(comingBackWith(rotated).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void withoutTheBoxNothingIsRemembered() throws Exception {
        var family = fixtures.family("SansCase");
        var http = new HttpFamily(port);
        http.logIn(family.login());
        assertThat(deviceCookie(http)).isNull();
        assertThat(devicesOf(family.accountId())).isZero();
    }

    @Test
    void aPasswordChangeEndsEveryRememberedDevice() throws Exception {
        var family = fixtures.family("Changement");
        var http = loggedInRemembered(family);
        var device = deviceCookie(http);
        var change = http.post("/mot-de-passe", "/mot-de-passe", Map.of("currentPassword", Fixtures.PASSWORD,
                "newPassword", "quatre chevaux bleus dans le pré", "confirmation", "quatre chevaux bleus dans le pré"));
        assertThat(change.statusCode()).isEqualTo(302);
        assertThat(devicesOf(family.accountId())).isZero();
        assertThat(comingBackWith(device).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void monCompteListsTheDevicesAndLogsOneOut() throws Exception {
        var family = fixtures.family("Liste");
        var http = loggedInRemembered(family);
        var device = deviceCookie(http);
        var page = Jsoup.parse(http.get("/compte").body());
        var section = page.selectFirst("#appareils");
        assertThat(section.text()).contains("Appareils connectés").contains("cet appareil");
        String action = section.selectFirst("form").attr("action");

        var other = fixtures.family("Autre");
        var intruder = loggedInRemembered(other);
        assertThat(intruder.post("/compte", action, Map.of()).statusCode()).isEqualTo(404);
        assertThat(devicesOf(family.accountId())).isEqualTo(1);

        var revoke = http.post("/compte", action, Map.of());
        assertThat(revoke.statusCode()).isEqualTo(302);
        assertThat(devicesOf(family.accountId())).isZero();
        assertThat(Jsoup.parse(http.get("/compte").body()).selectFirst("#appareils").text())
                .contains("Aucun appareil");
        assertThat(comingBackWith(device).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theDeviceLabelKeepsOnlyTheBrowserAndTheSystem() {
        assertThat(DeviceLabel.of("Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0"))
                .isEqualTo("Firefox sur Android");
        assertThat(DeviceLabel.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 "
                + "Safari/537.36 Edg/131.0")).isEqualTo("Edge sur Windows");
        assertThat(DeviceLabel.of(null)).isEqualTo("Navigateur inconnu");
        assertThat(DeviceLabel.of("curl/8.5\u0000\n")).isEqualTo("Navigateur inconnu");
    }
}
