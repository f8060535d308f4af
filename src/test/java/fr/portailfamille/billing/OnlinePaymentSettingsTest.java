package fr.portailfamille.billing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnlinePaymentSettingsTest {

    private static MockEnvironment payfip(String... settings) {
        var environment = new MockEnvironment();
        for (String name : settings) {
            environment.setProperty("portail.payment.payfip." + name, switch (name) {
                case "client-number" -> "012345";
                case "entry-mode" -> "T";
                default -> "https://www.payfip.gouv.fr/tpa/";
            });
        }
        return environment;
    }

    @Test
    void nothingConfiguredMeansOffInProductionAndTheSimulatorElsewhere() {
        assertThat(OnlinePaymentSettings.decide(new MockEnvironment(), true)).isEqualTo("none");
        assertThat(OnlinePaymentSettings.decide(new MockEnvironment(), false)).isEqualTo("simulator");
    }

    @Test
    void theClientNumberTurnsPayfipOnTheOtherSettingsHaveDefaults() {
        assertThat(OnlinePaymentSettings.decide(payfip("client-number"), true)).isEqualTo("payfip");
        assertThat(OnlinePaymentSettings.decide(payfip("base-url", "client-number", "entry-mode"), true))
                .isEqualTo("payfip");
        var asked = payfip("client-number").withProperty("portail.payment.provider", "payfip");
        assertThat(OnlinePaymentSettings.decide(asked, true)).isEqualTo("payfip");
    }

    @Test
    void aPartOfThemIsAnErrorNamingEachMissingSettingAndItsVariable() {
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(payfip("base-url", "entry-mode"), true))
                .hasMessageContaining("portail.payment.payfip.client-number (PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER)")
                .message().doesNotContain("base-url (");
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(
                new MockEnvironment().withProperty("portail.payment.provider", "payfip"), false))
                .hasMessageContaining("PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER");
    }

    @Test
    void aMalformedClientNumberOrEntryModeIsAnErrorToo() {
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(new MockEnvironment()
                .withProperty("portail.payment.payfip.client-number", "12AB"), true))
                .hasMessageContaining("6 chiffres");
        assertThatThrownBy(() -> OnlinePaymentSettings.decide(payfip("client-number")
                .withProperty("portail.payment.payfip.entry-mode", "P"), true))
                .hasMessageContaining("T (test), X (activation) ou W");
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
        var off = payfip("base-url").withProperty("portail.payment.provider", "none");
        assertThat(OnlinePaymentSettings.decide(off, true)).isEqualTo("none");
    }
}
