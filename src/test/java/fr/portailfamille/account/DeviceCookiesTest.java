package fr.portailfamille.account;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceCookiesTest {

    private final DeviceCookies devices = new DeviceCookies("une clé de test", null, Clock.systemUTC());

    /** Logs in as each login in turn from one browser and returns the browser's cookie value. */
    private String afterLogins(DeviceCookies issuer, String... logins) {
        String value = null;
        for (String login : logins) {
            var request = new MockHttpServletRequest();
            if (value != null) {
                request.setCookies(new Cookie(DeviceCookies.COOKIE, value));
            }
            var response = new MockHttpServletResponse();
            issuer.issue(login, request, response);
            value = response.getCookie(DeviceCookies.COOKIE).getValue();
            assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict")
                    .contains("Path=/connexion");
        }
        return value;
    }

    @Test
    void aCookieTrustsTheBrowserForItsLoginOnly() {
        String cookie = afterLogins(devices, "Famille.Martin");
        assertThat(devices.deviceKey("famille.martin", cookie)).hasValueSatisfying(
                key -> assertThat(key).startsWith("device:famille.martin:"));
        assertThat(devices.deviceKey("FAMILLE.MARTIN ", cookie)).isPresent();
        assertThat(devices.deviceKey("famille.dupont", cookie)).isEmpty();
    }

    @Test
    void anotherServerKeyOrATamperedCookieGivesNoTrust() {
        String cookie = afterLogins(devices, "famille.martin");
        var otherKey = new DeviceCookies("une autre clé", null, Clock.systemUTC());
        assertThat(otherKey.deviceKey("famille.martin", cookie)).isEmpty();
        String[] parts = cookie.split("\\.");
        String otherNonce = parts[0] + ".AAAAAAAAAAAAAAAAAAAAAA." + parts[2];
        assertThat(devices.deviceKey("famille.martin", otherNonce)).isEmpty();
        for (String garbage : new String[] {"", "~~~", "a.b.c", "%%%.***.!!!", "x".repeat(10_000), null}) {
            assertThat(devices.deviceKey("famille.martin", garbage)).isEmpty();
        }
    }

    @Test
    void aNewLoginGivesANewCounterAndOneBrowserKeepsItsLastFiveLogins() {
        String first = afterLogins(devices, "famille.martin");
        String again = afterLogins(devices, "famille.martin", "famille.martin");
        assertThat(devices.deviceKey("famille.martin", again)).isNotEqualTo(devices.deviceKey("famille.martin", first));

        String six = afterLogins(devices, "a.un", "a.deux", "a.trois", "a.quatre", "a.cinq", "a.six");
        assertThat(devices.tokens(six)).hasSize(DeviceCookies.MAX_TOKENS);
        assertThat(devices.deviceKey("a.six", six)).isPresent();
        assertThat(devices.deviceKey("a.deux", six)).isPresent();
        assertThat(devices.deviceKey("a.un", six)).isEmpty();
    }
}
