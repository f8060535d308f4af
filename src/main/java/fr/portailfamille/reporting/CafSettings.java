package fr.portailfamille.reporting;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portail.caf.hours-per-unit.<ACTIVITY_CODE>=8}: hours one reserved unit of that activity counts for the CAF
 * (else {@code default-hours-per-unit}); {@code daily-cap}: the most hours counted per child and day.
 */
@ConfigurationProperties("portail.caf")
record CafSettings(Map<String, BigDecimal> hoursPerUnit, BigDecimal defaultHoursPerUnit, BigDecimal dailyCap) {

    CafSettings {
        hoursPerUnit = hoursPerUnit == null ? Map.of() : Map.copyOf(hoursPerUnit);
        defaultHoursPerUnit = defaultHoursPerUnit == null ? BigDecimal.ONE : defaultHoursPerUnit;
        dailyCap = dailyCap == null ? new BigDecimal("10") : dailyCap;
    }

    CafRules rules() {
        return new CafRules(hoursPerUnit, defaultHoursPerUnit, dailyCap);
    }
}
