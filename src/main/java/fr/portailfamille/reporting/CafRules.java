package fr.portailfamille.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How units become hours for the CAF: {@code hoursPerUnit} per activity code (else {@code defaultHours}), and at
 * most {@code dailyCap} hours per child and day, all activities together.
 */
record CafRules(Map<String, BigDecimal> hoursPerUnit, BigDecimal defaultHours, BigDecimal dailyCap) {

    BigDecimal hours(String activityCode) {
        return hoursPerUnit.getOrDefault(activityCode, defaultHours);
    }
}
