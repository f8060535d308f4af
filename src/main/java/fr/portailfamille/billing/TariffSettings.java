package fr.portailfamille.billing;

/**
 * @param quotientValidityMonths       a QF older than this is out of date: the highest bracket applies
 * @param secondChildReductionPercent  reduction on the unit price from the second child on (0: none)
 */
public record TariffSettings(int quotientValidityMonths, int secondChildReductionPercent) {
}
