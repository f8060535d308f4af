package fr.portailfamille.family;

import java.util.Map;
import java.util.OptionalInt;

/**
 * IBAN lengths per country code, from the SWIFT IBAN registry (ISO 13616), 2024/2025 releases.
 *
 * <p>Only the IBAN country codes themselves are listed: dependent territories that share their
 * parent's IBAN format also share its prefix (e.g. Réunion, Guadeloupe or New Caledonia accounts
 * start with {@code FR}, Jersey and Guernsey with {@code GB}, Åland with {@code FI}), so they are
 * not separate entries. Partial/experimental IBAN countries (not in the registry) are not accepted.
 */
final class IbanRegistry {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), // Andorra
            Map.entry("AE", 23), // United Arab Emirates
            Map.entry("AL", 28), // Albania
            Map.entry("AT", 20), // Austria
            Map.entry("AZ", 28), // Azerbaijan
            Map.entry("BA", 20), // Bosnia and Herzegovina
            Map.entry("BE", 16), // Belgium
            Map.entry("BG", 22), // Bulgaria
            Map.entry("BH", 22), // Bahrain
            Map.entry("BI", 27), // Burundi
            Map.entry("BR", 29), // Brazil
            Map.entry("BY", 28), // Belarus
            Map.entry("CH", 21), // Switzerland
            Map.entry("CR", 22), // Costa Rica
            Map.entry("CY", 28), // Cyprus
            Map.entry("CZ", 24), // Czechia
            Map.entry("DE", 22), // Germany
            Map.entry("DJ", 27), // Djibouti
            Map.entry("DK", 18), // Denmark
            Map.entry("DO", 28), // Dominican Republic
            Map.entry("EE", 20), // Estonia
            Map.entry("EG", 29), // Egypt
            Map.entry("ES", 24), // Spain
            Map.entry("FI", 18), // Finland
            Map.entry("FK", 18), // Falkland Islands
            Map.entry("FO", 18), // Faroe Islands
            Map.entry("FR", 27), // France (incl. overseas departments and territories)
            Map.entry("GB", 22), // United Kingdom
            Map.entry("GE", 22), // Georgia
            Map.entry("GI", 23), // Gibraltar
            Map.entry("GL", 18), // Greenland
            Map.entry("GR", 27), // Greece
            Map.entry("GT", 28), // Guatemala
            Map.entry("HN", 28), // Honduras
            Map.entry("HR", 21), // Croatia
            Map.entry("HU", 28), // Hungary
            Map.entry("IE", 22), // Ireland
            Map.entry("IL", 23), // Israel
            Map.entry("IQ", 23), // Iraq
            Map.entry("IS", 26), // Iceland
            Map.entry("IT", 27), // Italy
            Map.entry("JO", 30), // Jordan
            Map.entry("KW", 30), // Kuwait
            Map.entry("KZ", 20), // Kazakhstan
            Map.entry("LB", 28), // Lebanon
            Map.entry("LC", 32), // Saint Lucia
            Map.entry("LI", 21), // Liechtenstein
            Map.entry("LT", 20), // Lithuania
            Map.entry("LU", 20), // Luxembourg
            Map.entry("LV", 21), // Latvia
            Map.entry("LY", 25), // Libya
            Map.entry("MC", 27), // Monaco
            Map.entry("MD", 24), // Moldova
            Map.entry("ME", 22), // Montenegro
            Map.entry("MK", 19), // North Macedonia
            Map.entry("MN", 20), // Mongolia
            Map.entry("MR", 27), // Mauritania
            Map.entry("MT", 31), // Malta
            Map.entry("MU", 30), // Mauritius
            Map.entry("NI", 28), // Nicaragua
            Map.entry("NL", 18), // Netherlands
            Map.entry("NO", 15), // Norway
            Map.entry("OM", 23), // Oman
            Map.entry("PK", 24), // Pakistan
            Map.entry("PL", 28), // Poland
            Map.entry("PS", 29), // Palestine
            Map.entry("PT", 25), // Portugal
            Map.entry("QA", 29), // Qatar
            Map.entry("RO", 24), // Romania
            Map.entry("RS", 22), // Serbia
            Map.entry("RU", 33), // Russia
            Map.entry("SA", 24), // Saudi Arabia
            Map.entry("SC", 31), // Seychelles
            Map.entry("SD", 18), // Sudan
            Map.entry("SE", 24), // Sweden
            Map.entry("SI", 19), // Slovenia
            Map.entry("SK", 24), // Slovakia
            Map.entry("SM", 27), // San Marino
            Map.entry("SO", 23), // Somalia
            Map.entry("ST", 25), // Sao Tome and Principe
            Map.entry("SV", 28), // El Salvador
            Map.entry("TL", 23), // Timor-Leste
            Map.entry("TN", 24), // Tunisia
            Map.entry("TR", 26), // Türkiye
            Map.entry("UA", 29), // Ukraine
            Map.entry("VA", 22), // Vatican City State
            Map.entry("VG", 24), // British Virgin Islands
            Map.entry("XK", 20), // Kosovo
            Map.entry("YE", 30)  // Yemen
    );

    private IbanRegistry() {
    }

    /** Registered IBAN length for {@code countryCode} (upper case), or empty if not an IBAN country. */
    static OptionalInt lengthOf(String countryCode) {
        Integer length = LENGTHS.get(countryCode);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    static int countryCount() {
        return LENGTHS.size();
    }
}
