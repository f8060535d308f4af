package fr.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnlinePaymentSettingsTest {

    private static MockEnvironment payfip(String... settings) {
        var environment = new MockEnvironment();
        for (String name : settings) {
            environment.setProperty("portail.payment.payfip." + name, "x");
        }
        return environment;
    }

    @Test
    void nothingConfiguredMeansOffInProductionAndTheSimulatorElsewhere() {
        assertThat(OnlinePaymentSettings.decide(new MockEnvironment(), true)).isEqualTo("none");
        assertThat(OnlinePaymentSettings.decide(new MockEnvironment(), false)).isEqualTo("simulator");
    }

    @Test
    void allThreePayfipSettingsTurnPayfipOn() {
        assertThat(OnlinePaymentSettings.decide(payfip("base-url", "client-number", "secret"), true)).isEqualTo("payfip");
        var asked = payfip("base-url", "client-number", "secret").withProperty("portail.payment.provider", "payfip");
        assertThat(OnlinePaymentSettings.decide(asked, true)).isEqualTo("payfip");
    }

    @Test
    void aPartOfThemIsAnErrorNamingEachMissingSettingAndItsVariable() {
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(payfip("secret"), true))
                .hasMessageContaining("portail.payment.payfip.base-url (PORTAIL_PAYMENT_PAYFIP_BASE_URL)")
                .hasMessageContaining("portail.payment.payfip.client-number (PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER)")
                .message().doesNotContain("secret (");
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(
                new MockEnvironment().withProperty("portail.payment.provider", "payfip"), false))
                .hasMessageContaining("PORTAIL_PAYMENT_PAYFIP_SECRET");
    }

    @Test
    void theSimulatorNeverRunsInProductionAndUnknownProvidersAreRefused() {
        var simulator = new MockEnvironment().withProperty("portail.payment.provider", "simulator");
        assertThat(OnlinePaymentSettings.decide(simulator, false)).isEqualTo("simulator");
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(simulator, true)).hasMessageContaining("production");
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(
                new MockEnvironment().withProperty("portail.payment.provider", "stripe"), true))
                .hasMessageContaining("valeur inconnue");
    }

    @Test
    void noneKeepsOnlinePaymentOffEvenWithSettingsGiven() {
        var off = payfip("secret").withProperty("portail.payment.provider", "none");
        assertThat(OnlinePaymentSettings.decide(off, true)).isEqualTo("none");
    }
}
