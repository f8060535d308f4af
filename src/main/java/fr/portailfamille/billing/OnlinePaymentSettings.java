package fr.portailfamille.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.StartRefused;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * Decides, before any bean exists, which online payment provider runs ({@code portail.payment.provider}):
 * <ul>
 *   <li>{@code payfip} when it is asked for, or when any {@code portail.payment.payfip.*} setting is given — then the
 *       client number (numcli) must be, with its 6 digits, and the entry mode, if given, be T, X or W: a
 *       half-configured provider stops the start with a message naming what is missing or wrong (the base URL has
 *       the DGFiP's address as default; PayFiP has no shared secret);</li>
 *   <li>{@code none} (online payment off: the family pages say how to pay otherwise) in production when nothing is
 *       configured, so that {@code prod} starts with only the database settings;</li>
 *   <li>{@code simulator} outside production when nothing is configured (demo, tests); never in production.</li>
 * </ul>
 * The decision is written back as {@code portail.payment.provider}, which the providers' conditions read.
 */
class OnlinePaymentSettings implements EnvironmentPostProcessor {

    static final String PROVIDER = "portail.payment.provider";
    static final String NONE = "none";
    static final String PAYFIP = "payfip";
    static final String SIMULATOR = "simulator";
    static final String CLIENT_NUMBER = "portail.payment.payfip.client-number";
    static final String ENTRY_MODE = "portail.payment.payfip.entry-mode";
    /** PayFiP's settings and the environment variables that set them; only the client number is required. */
    static final Map<String, String> PAYFIP_SETTINGS = payfipSettings();

    private static Map<String, String> payfipSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(CLIENT_NUMBER, "PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER");
        settings.put("portail.payment.payfip.base-url", "PORTAIL_PAYMENT_PAYFIP_BASE_URL");
        settings.put(ENTRY_MODE, "PORTAIL_PAYMENT_PAYFIP_ENTRY_MODE");
        return settings;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean production = List.of(environment.getActiveProfiles()).contains("prod");
        String provider = decide(environment, production);
        environment.getPropertySources().addFirst(new MapPropertySource("portail-payment", Map.of(PROVIDER, provider)));
    }

    /** The provider to run, or an {@link InvalidPaymentSettingsException} that says what to set. */
    static String decide(PropertyResolver settings, boolean production) {
        String asked = settings.getProperty(PROVIDER, "").strip().toLowerCase(java.util.Locale.ROOT);
        List<String> given = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        PAYFIP_SETTINGS.forEach((name, variable) -> {
            if (settings.getProperty(name, "").isBlank()) {
                if (CLIENT_NUMBER.equals(name)) {
                    missing.add(name + " (" + variable + ")");
                }
            } else {
                given.add(name);
            }
        });
        switch (asked) {
            case NONE:
                return NONE;
            case SIMULATOR:
                if (production) {
                    throw new InvalidPaymentSettingsException(PROVIDER + "=simulator: le simulateur de paiement ne"
                            + " fonctionne jamais en production. Configurez PayFiP ou retirez ce réglage (paiement en"
                            + " ligne désactivé).");
                }
                return SIMULATOR;
            case PAYFIP:
                requireAll(missing, "demandé par " + PROVIDER + "=payfip");
                requireWellFormed(settings);
                return PAYFIP;
            case "":
                if (!given.isEmpty()) {
                    requireAll(missing, "réglages donnés : " + String.join(", ", given));
                    requireWellFormed(settings);
                    return PAYFIP;
                }
                return production ? NONE : SIMULATOR;
            default:
                throw new InvalidPaymentSettingsException(PROVIDER + "=" + asked + " : valeur inconnue ; valeurs"
                        + " possibles : payfip, none" + (production ? "" : ", simulator") + ".");
        }
    }

    private static void requireAll(List<String> missing, String why) {
        if (!missing.isEmpty()) {
            throw new InvalidPaymentSettingsException("Paiement en ligne PayFiP incomplet (" + why + ") : il manque "
                    + String.join(", ", missing) + ". Donnez au moins le numéro client PayFiP pour ouvrir le paiement"
                    + " en ligne, ou aucun réglage portail.payment.payfip.* pour le laisser désactivé.");
        }
    }

    private static void requireWellFormed(PropertyResolver settings) {
        if (!settings.getProperty(CLIENT_NUMBER, "").strip().matches("\\d{6}")) {
            throw new InvalidPaymentSettingsException(CLIENT_NUMBER + " (PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER) doit"
                    + " être le numéro client PayFiP (numcli) : 6 chiffres donnés par la DGFiP.");
        }
        if (!settings.getProperty(ENTRY_MODE, "W").strip().matches("[TXW]")) {
            throw new InvalidPaymentSettingsException(ENTRY_MODE + " (PORTAIL_PAYMENT_PAYFIP_ENTRY_MODE) vaut T"
                    + " (test), X (activation) ou W (production, par défaut).");
        }
    }

    /** The online payment settings cannot be used as given; the message names what to set. */
    static class InvalidPaymentSettingsException extends StartRefused {
        InvalidPaymentSettingsException(String message) {
            super(message, "Voir « Paiement en ligne » dans docs/exploitation.md.");
        }
    }
}
