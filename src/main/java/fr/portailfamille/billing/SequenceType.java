package fr.portailfamille.billing;

/**
 * SEPA Direct Debit sequence type (ISO 20022 {@code SequenceType3Code}).
 * The declaration order is the order of the payment informations in a pain.008 file.
 */
enum SequenceType {
    /** First collection of a recurrent mandate. */
    FRST,
    /** Subsequent collection of a recurrent mandate. */
    RCUR,
    /** Last collection of a recurrent mandate. */
    FNAL,
    /** One-off collection. */
    OOFF
}
