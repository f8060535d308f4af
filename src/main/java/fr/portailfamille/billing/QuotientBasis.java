package fr.portailfamille.billing;

/** Why a bracket was chosen. */
public enum QuotientBasis {
    /** The household's QF is known and recent enough. */
    QUOTIENT,
    /** No QF known: highest bracket. */
    UNKNOWN,
    /** QF older than the validity period: highest bracket. */
    OUTDATED;

    public String messageKey() {
        return "tariff-basis." + name();
    }
}
