package fr.portailfamille.onboarding;

/**
 * How many account requests one may send: per client address (a script flooding the agents' queue or someone's
 * mailbox) and per e-mail address (the same person's mailbox filled by others). Counted on the requests stored,
 * so that it holds across restarts and instances.
 */
final class SubmissionLimit {

    /** Requests from one client address in an hour. */
    static final int PER_ADDRESS_PER_HOUR = 5;
    /** Requests for one e-mail address in a day. */
    static final int PER_EMAIL_PER_DAY = 3;

    enum Verdict { ALLOWED, TOO_MANY_FROM_ADDRESS, TOO_MANY_FOR_EMAIL }

    private SubmissionLimit() {
    }

    static Verdict judge(long fromAddressLastHour, long forEmailLastDay) {
        if (fromAddressLastHour >= PER_ADDRESS_PER_HOUR) {
            return Verdict.TOO_MANY_FROM_ADDRESS;
        }
        if (forEmailLastDay >= PER_EMAIL_PER_DAY) {
            return Verdict.TOO_MANY_FOR_EMAIL;
        }
        return Verdict.ALLOWED;
    }
}
