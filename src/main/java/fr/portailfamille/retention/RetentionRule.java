package fr.portailfamille.retention;

/** Why data was deleted or anonymised. */
enum RetentionRule {
    /** A child's health and complementary data, the child having left. */
    CHILD_CARE_DATA,
    /** A household anonymised by the nightly job after its inactivity. */
    HOUSEHOLD_INACTIVE,
    /** A household anonymised by an agent at the family's request. */
    HOUSEHOLD_ON_REQUEST
}
