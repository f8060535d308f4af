package fr.portailfamille.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.family.Households;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autorisations parentales: the consents the town defines, each given, refused or withdrawn per child by a
 * guardian (date and who kept, history never rewritten). Every method taking a child id checks the household.
 */
@Service
@Transactional
public class Consents {

    private final ConsentStore store;
    private final Households households;
    private final AuditTrail audit;
    private final Clock clock;

    Consents(ConsentStore store, Households households, AuditTrail audit, Clock clock) {
        this.store = store;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConsentType> types() {
        return store.types();
    }

    @Transactional(readOnly = true)
    public ConsentType type(long typeId) {
        return store.type(typeId).orElseThrow(() -> new NotFoundException("consent type"));
    }

    public long createType(ConsentTypeSettings settings) {
        return store.insertType(settings);
    }

    public void updateType(long typeId, ConsentTypeSettings settings) {
        type(typeId);
        store.updateType(typeId, settings);
    }

    /** Every consent for the child, with its current answer and history. */
    @Transactional(readOnly = true)
    public List<ConsentLine> ofChild(long householdId, long childId) {
        households.child(householdId, childId);
        var answers = store.answers(List.of(childId));
        var lines = new ArrayList<ConsentLine>();
        for (var type : store.types()) {
            var history = answers.stream().filter(a -> a.typeId() == type.id()).toList();
            var newestFirst = new ArrayList<>(history);
            java.util.Collections.reverse(newestFirst);
            lines.add(new ConsentLine(type, history.isEmpty() ? null : history.get(history.size() - 1),
                    List.copyOf(newestFirst)));
        }
        return lines;
    }

    /**
     * Records a guardian's answer. Withdrawing needs a consent given; answering as the current answer changes
     * nothing. Answers whether something was recorded.
     */
    public boolean answer(long householdId, long childId, long typeId, ConsentAnswer answer, String guardian) {
        households.child(householdId, childId);
        var type = type(typeId);
        var current = ofChild(householdId, childId).stream().filter(l -> l.type().id() == typeId).findFirst()
                .map(ConsentLine::current).orElse(null);
        if (!ConsentTransitions.allowed(current == null ? null : current.answer(), answer)) {
            return false;
        }
        store.insertAnswer(householdId, childId, typeId, answer, clock.instant(), guardian);
        audit.record(guardian, "CONSENT_" + answer.name(), householdId, "consentement « " + type.name() + " »", null);
        return true;
    }

    /** The image rights of these children (attendance list, check-in), one query. */
    @Transactional(readOnly = true)
    public Map<Long, ImageRights> imageRights(Collection<Long> childIds) {
        var uses = store.types().stream().filter(t -> t.category() == ConsentCategory.IMAGE).toList();
        if (uses.isEmpty() || childIds.isEmpty()) {
            return Map.of();
        }
        var current = currentByChild(childIds);
        Map<Long, ImageRights> rights = new HashMap<>();
        for (long childId : childIds) {
            var mine = current.getOrDefault(childId, Map.of());
            var given = new ArrayList<String>();
            var notGiven = new ArrayList<String>();
            for (var use : uses) {
                var a = mine.get(use.id());
                (a != null && a.given() ? given : notGiven).add(use.name());
            }
            rights.put(childId, new ImageRights(List.copyOf(given), List.copyOf(notGiven)));
        }
        return rights;
    }

    /**
     * The outings, transport and emergency care these children have no consent for (attendance list, check-in):
     * child id → the names of those consents, in the town's order. As for image rights, a consent never answered
     * is not given. Children with every such consent given are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> careConsentsNotGiven(Collection<Long> childIds) {
        var kinds = java.util.EnumSet.of(ConsentCategory.OUTING, ConsentCategory.TRANSPORT,
                ConsentCategory.EMERGENCY_CARE);
        var types = store.types().stream().filter(t -> kinds.contains(t.category())).toList();
        if (types.isEmpty() || childIds.isEmpty()) {
            return Map.of();
        }
        var current = currentByChild(childIds);
        Map<Long, List<String>> missing = new HashMap<>();
        for (long childId : childIds) {
            var mine = current.getOrDefault(childId, Map.of());
            var names = types.stream().filter(t -> mine.get(t.id()) == null || !mine.get(t.id()).given())
                    .map(ConsentType::name).toList();
            if (!names.isEmpty()) {
                missing.put(childId, names);
            }
        }
        return missing;
    }

    private Map<Long, Map<Long, ConsentRecord>> currentByChild(Collection<Long> childIds) {
        Map<Long, Map<Long, ConsentRecord>> current = new HashMap<>();
        for (var a : store.answers(childIds)) {
            current.computeIfAbsent(a.childId(), k -> new HashMap<>()).put(a.typeId(), a);
        }
        return current;
    }

    /** The current answers of a child, consent type id → answer (the requirement checks). */
    @Transactional(readOnly = true)
    Map<Long, ConsentAnswer> currentAnswers(long childId) {
        Map<Long, ConsentAnswer> answers = new HashMap<>();
        store.answers(List.of(childId)).forEach(a -> answers.put(a.typeId(), a.answer()));
        return answers;
    }
}
