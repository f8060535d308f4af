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
 *   <li>{@code payfip} when it is asked for, or when any {@code portail.payment.payfip.*} setting is given — then all
 *       three (base URL, client number, secret) must be: a half-configured provider stops the start with a message
 *       naming what is missing;</li>
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
    /** PayFiP's settings and the environment variables that set them. */
    static final Map<String, String> PAYFIP_SETTINGS = payfipSettings();

    private static Map<String, String> payfipSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("portail.payment.payfip.base-url", "PORTAIL_PAYMENT_PAYFIP_BASE_URL");
        settings.put("portail.payment.payfip.client-number", "PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER");
        settings.put("portail.payment.payfip.secret", "PORTAIL_PAYMENT_PAYFIP_SECRET");
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
                missing.add(name + " (" + variable + ")");
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
                return PAYFIP;
            case "":
                if (!given.isEmpty()) {
                    requireAll(missing, "réglages donnés : " + String.join(", ", given));
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
                    + String.join(", ", missing) + ". Donnez les trois réglages portail.payment.payfip.* pour"
                    + " ouvrir le paiement en ligne, ou aucun pour le laisser désactivé.");
        }
    }

    /** The online payment settings cannot be used as given; the message names what to set. */
    static class InvalidPaymentSettingsException extends StartRefused {
        InvalidPaymentSettingsException(String message) {
            super(message, "Voir « Paiement en ligne » dans docs/exploitation.md.");
        }
    }
}
