package fr.portailfamille.billing;

/**
 * A bracket of family quotient (tranche de QF): from {@code quotientMin} up to the next bracket's minimum, minus
 * one; {@code quotientMax} is {@code null} for the highest bracket.
 */
public record TariffBracket(long id, String label, int quotientMin, Integer quotientMax) {

    public boolean contains(int quotient) {
        return quotient >= quotientMin && (quotientMax == null || quotient <= quotientMax);
    }
}
