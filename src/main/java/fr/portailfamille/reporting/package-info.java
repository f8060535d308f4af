/**
 * Reporting: figures the town sends to its funders. The CAF « prestation de service » return: hours of attendance
 * per child, grouped by age band, QF band, regime and school days vs holidays, capped per child and day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rapports")
package fr.portailfamille.reporting;
