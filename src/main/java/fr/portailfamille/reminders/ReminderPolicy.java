package fr.portailfamille.reminders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the reminders a source finds due are to be sent: not to a household that switched the kind off, not
 * twice for the same household and subject (already sent, or twice in the source's list).
 */
final class ReminderPolicy {

    record Sent(long householdId, String subject) {
    }

    private ReminderPolicy() {
    }

    static List<DueReminder> toSend(Collection<DueReminder> due, Set<Long> switchedOff, Set<Sent> alreadySent) {
        var seen = new HashSet<Sent>(alreadySent);
        var out = new ArrayList<DueReminder>();
        for (DueReminder r : due) {
            if (switchedOff.contains(r.householdId())) {
                continue;
            }
            if (seen.add(new Sent(r.householdId(), r.subject()))) {
                out.add(r);
            }
        }
        return out;
    }
}
