package fr.portailfamille.agenda;

import java.time.LocalDate;

/** What became of one day the family asked for or cancelled. */
public record AskResult(LocalDate day, Outcome outcome, DayState state, int position) implements java.io.Serializable {

    public enum Outcome {
        /** A place is held; an agent validates. */
        RETAINED,
        /** Effective at once (no validation for this activity). */
        RESERVED,
        /** No place left: on the waiting list at {@code position}. */
        WAITING,
        /** Cancelled (place freed). */
        CANCELLED,
        /** Refused: {@code state} says why. */
        REFUSED,
        /** Recorded for a lottery window's draw (no place yet). */
        DRAW_ASKED,
        /** A request for the draw withdrawn before the window closed. */
        DRAW_WITHDRAWN
    }

    static AskResult refused(LocalDate day, DayState state) {
        return new AskResult(day, Outcome.REFUSED, state, 0);
    }

    public String messageKey() {
        if (outcome == Outcome.WAITING && position == 0) {
            return "ask-outcome.WAITING.unranked"; // no longer on the list (promoted or cancelled since)
        }
        return "ask-outcome." + outcome.name();
    }
}
