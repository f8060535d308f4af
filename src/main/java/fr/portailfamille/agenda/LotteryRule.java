package fr.portailfamille.agenda;

/** A priority rule a town may switch on for its lotteries (label {@code lottery.rule.<NAME>}). */
public enum LotteryRule {
    /** The children of one household asking the same day are drawn as one unit, unless the family accepts a split. */
    SIBLINGS,
    /** Resident households before the others. */
    RESIDENTS,
    /** Households whose parents both work (or single working parent), as set by agents from proof. */
    WORKING_PARENTS,
    /** A household that already won more days of the window ranks lower for the next days. */
    BALANCE;

    public String messageKey() {
        return "lottery.rule." + name();
    }
}
