package fr.portailfamille.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention periods ({@code portail.retention.*}), documented in {@code docs/exploitation.md}.
 *
 * @param childDataYears  a child's health and complementary data are deleted this many years after the last day the
 *                        child was enrolled (CNIL: no longer than needed; 3 years, the usual span for a family that
 *                        might come back)
 * @param householdYears  a household with no activity for this many years is anonymised
 * @param accountingYears no automatic anonymisation while an invoice is younger than this: the ordonnateur keeps
 *                        its accounting records 10 years (instruction DAF/DPACI/RES/2008/008)
 * @param enabled         false stops the nightly run (the agent's button still works)
 */
@ConfigurationProperties("portail.retention")
record RetentionSettings(
        @DefaultValue("3") int childDataYears,
        @DefaultValue("3") int householdYears,
        @DefaultValue("10") int accountingYears,
        @DefaultValue("true") boolean enabled) {

    RetentionSettings {
        if (childDataYears < 1 || householdYears < 1 || accountingYears < 1) {
            throw new IllegalArgumentException("retention periods are at least one year");
        }
    }
}
