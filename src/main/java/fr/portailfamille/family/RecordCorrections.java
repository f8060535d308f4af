package fr.portailfamille.family;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's desk correction of a child's section, for callers outside the family module (demo data, imports):
 * the same validation and audit as the back-office form, applied at once.
 */
@Service
@Transactional
public class RecordCorrections {

    private final FamilyChanges changes;

    RecordCorrections(FamilyChanges changes) {
        this.changes = changes;
    }

    /** {@code kind} is the section's request kind, e.g. {@code family.child-health}. */
    public void correctChildSection(long householdId, long childId, String kind, Map<String, String> values,
                                    String agent) {
        var section = Section.ofKind(kind).orElseThrow(() -> new IllegalArgumentException("unknown section " + kind));
        var outcome = changes.correct(section, householdId, childId, values, agent);
        if (!outcome.errors().isEmpty()) {
            throw new IllegalArgumentException("invalid fields " + outcome.errors().keySet() + " for " + kind);
        }
    }
}
