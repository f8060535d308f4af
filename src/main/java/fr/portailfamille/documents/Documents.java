package fr.portailfamille.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.RequestView;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.ChildActivities;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pièces à fournir: the town's document types, what each family has to send, the sending (a demande with the
 * sanitised file) and the agent's decision with a validity end. Every method taking a child id checks it belongs
 * to the household.
 */
@Service
@Transactional
public class Documents {

    static final String KIND = "documents.document";

    private final DocumentStore store;
    private final Households households;
    private final Requests requests;
    private final Clock clock;
    private final ChildActivities childActivities;

    Documents(DocumentStore store, Households households, Requests requests, Clock clock,
              ChildActivities childActivities) {
        this.childActivities = childActivities;
        this.store = store;
        this.households = households;
        this.requests = requests;
        this.clock = clock;
    }

    // ---- the town's types

    @Transactional(readOnly = true)
    public List<DocumentType> types() {
        return store.types();
    }

    @Transactional(readOnly = true)
    public DocumentType type(long typeId) {
        return store.type(typeId).orElseThrow(() -> new NotFoundException("document type"));
    }

    /** A type the town still asks for: what a family may send (404 for a withdrawn one). */
    @Transactional(readOnly = true)
    public DocumentType askedType(long typeId) {
        return store.types().stream().filter(t -> t.id() == typeId).findFirst()
                .orElseThrow(() -> new NotFoundException("document type"));
    }

    /** The types the town no longer asks for (the agents' list, to ask for one again). */
    @Transactional(readOnly = true)
    public List<DocumentType> withdrawnTypes() {
        return store.withdrawnTypes();
    }

    /**
     * The town no longer asks for this document: families stop seeing it, activities stop requiring it, no reminder;
     * what was sent stays on record and a pending one can still be decided. False when it was withdrawn already.
     */
    public boolean withdrawType(long typeId) {
        type(typeId);
        return store.setWithdrawn(typeId, clock.instant());
    }

    /** Asks for a withdrawn document again, as it was. False when it was asked for already. */
    public boolean restoreType(long typeId) {
        type(typeId);
        return store.setWithdrawn(typeId, null);
    }

    public long createType(DocumentTypeSettings settings) {
        return store.insertType(settings);
    }

    public void updateType(long typeId, DocumentTypeSettings settings) {
        type(typeId);
        store.updateType(typeId, settings);
    }

    /** Whether the activity requires any document or consent (else nothing is checked). */
    @Transactional(readOnly = true)
    boolean requiresAnything(long activityId) {
        return store.requiresAnything(activityId);
    }

    @Transactional(readOnly = true)
    public DocumentMoment moment(long activityId) {
        return store.moment(activityId);
    }

    @Transactional(readOnly = true)
    public Map<Long, DocumentMoment> moments() {
        return store.moments();
    }

    public void setMoment(long activityId, DocumentMoment moment) {
        store.setMoment(activityId, moment);
    }

    // ---- the family's side

    /**
     * The documents asked of the household ({@link AskedDocumentsPolicy}): the household's own, then each child's,
     * with their state today. What Accueil and the child page count.
     */
    @Transactional(readOnly = true)
    public List<DocumentLine> lines(long householdId) {
        return sorted(householdId, null).asked();
    }

    /** The lines of one child (and none of the household's) asked of the family. */
    @Transactional(readOnly = true)
    public List<DocumentLine> linesOfChild(long householdId, long childId) {
        households.child(householdId, childId);
        return lines(householdId).stream().filter(l -> l.childId() != null && l.childId() == childId).toList();
    }

    /** What Pièces à fournir shows: the documents asked, and apart those to send only when they apply. */
    public record HouseholdDocuments(List<DocumentLine> asked, List<DocumentLine> optional) {
    }

    /**
     * Pièces à fournir's two lists. {@code requested}, the document the family came to provide from a requirement's
     * link (an enrolment refused for it), is asked whatever its audience; null for none. 404 for another household's
     * child.
     */
    @Transactional(readOnly = true)
    public HouseholdDocuments sorted(long householdId, Requested requested) {
        if (requested != null && requested.childId() != null) {
            households.child(householdId, requested.childId());
        }
        LocalDate today = LocalDate.now(clock);
        var sent = store.ofHousehold(householdId);
        var types = store.types();
        var concern = childActivities.ofHousehold(householdId, today);
        var asked = new ArrayList<DocumentLine>();
        var optional = new ArrayList<DocumentLine>();
        Consumer<DocumentLine> place = line -> {
            boolean wanted = requested != null && requested.is(line);
            switch (AskedDocumentsPolicy.of(line.type(), line.childId(), concern, line.state(), wanted)) {
                case ASKED -> asked.add(line);
                case OPTIONAL -> optional.add(line);
                case HIDDEN -> { }
            }
        };
        for (var type : types) {
            if (!type.perChild()) {
                place.accept(line(type, null, null, sent, today));
            }
        }
        for (ChildView child : households.children(householdId)) {
            for (var type : types) {
                if (type.perChild()) {
                    place.accept(line(type, child.id(), child.firstName(), sent, today));
                }
            }
        }
        return new HouseholdDocuments(List.copyOf(asked), List.copyOf(optional));
    }

    /** A document a requirement's link names: a type, and the child for a per-child type. */
    public record Requested(long typeId, Long childId) {

        boolean is(DocumentLine line) {
            return line.type().id() == typeId
                    && (!line.type().perChild() || Objects.equals(line.childId(), childId));
        }
    }

    private static DocumentLine line(DocumentType type, Long childId, String childName, List<ProvidedDocument> sent,
                                     LocalDate today) {
        var mine = sent.stream().filter(d -> d.typeId() == type.id() && Objects.equals(d.childId(), childId))
                .toList();
        var state = DocumentState.of(mine, today);
        var valid = mine.stream().filter(d -> d.validOn(today)).toList();
        // the latest end among the valid ones; none when one of them has no end
        LocalDate validUntil = valid.stream().anyMatch(d -> d.validUntil() == null) ? null
                : valid.stream().map(ProvidedDocument::validUntil).max(LocalDate::compareTo).orElse(null);
        String reason = state != DocumentState.REFUSED ? null : mine.stream()
                .filter(d -> d.status() == ProvidedStatus.REFUSED).reduce((a, b) -> b)
                .map(ProvidedDocument::refusalReason).orElse(null);
        Long pending = mine.stream().filter(d -> d.status() == ProvidedStatus.PENDING)
                .map(ProvidedDocument::requestId).reduce((a, b) -> b).orElse(null);
        return new DocumentLine(type, childId, childName, state, validUntil, reason, pending);
    }

    /**
     * Sends a document (already sanitised by shared.upload) as a demande; a pending one for the same document is
     * withdrawn (the new file replaces it). 404 for another household's child or a type of the wrong scope.
     */
    public long submit(long householdId, Long childId, long typeId, UploadedFile file, String actor) {
        var type = askedType(typeId);
        String owner;
        if (type.perChild()) {
            if (childId == null) {
                throw new NotFoundException("child");
            }
            owner = households.child(householdId, childId).fullName();
        } else {
            owner = households.household(householdId).name();
            childId = null;
        }
        for (var previous : store.ofHousehold(householdId)) {
            if (previous.status() == ProvidedStatus.PENDING && previous.typeId() == typeId
                    && Objects.equals(previous.childId(), childId)) {
                requests.withdraw(householdId, previous.requestId(), actor);
            }
        }
        long id = store.insertProvided(householdId, childId, typeId, null, clock.instant());
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put(type.perChild() ? "child" : "household", owner);
        proposed.put("document", type.name());
        long requestId = requests.submit(new NewRequest(householdId, KIND, id, owner + " — " + type.traceableName(),
                proposed, Map.of()), actor, file);
        store.linkRequest(id, requestId);
        return requestId;
    }

    // ---- the agent's side

    /** A document waiting for a decision, with what the agent needs to decide. */
    public record Decision(RequestView request, ProvidedDocument document, DocumentType type,
                           LocalDate proposedEnd) {
    }

    @Transactional(readOnly = true)
    public Decision decision(long requestId) {
        var request = requests.get(requestId);
        var document = store.byRequest(requestId).orElseThrow(() -> new NotFoundException("document"));
        var type = type(document.typeId());
        return new Decision(request, document, type,
                DocumentValidity.defaultEnd(type.validity(), type.validityMonths(), LocalDate.now(clock)));
    }

    /** The pending documents, oldest first. */
    @Transactional(readOnly = true)
    public List<Decision> pending() {
        return store.pending().stream().filter(d -> d.requestId() > 0).map(d -> decision(d.requestId())).toList();
    }

    /** Accepts the document, valid until {@code validUntil} (null: without end), in one transaction. */
    public void accept(long requestId, String agent, LocalDate validUntil) {
        decision(requestId);
        store.presetValidity(requestId, validUntil);
        requests.accept(requestId, agent, null);
    }

    public void refuse(long requestId, String agent, String reason) {
        decision(requestId);
        requests.refuse(requestId, agent, reason);
    }

    /** Applies the decision made through the requests module (see {@link DocumentRequestHandler}). */
    void applied(RequestView request) {
        var document = store.byRequest(request.id()).orElseThrow(() -> new NotFoundException("document"));
        var type = type(document.typeId());
        LocalDate end = document.validUntil() != null ? document.validUntil()
                : DocumentValidity.defaultEnd(type.validity(), type.validityMonths(), LocalDate.now(clock));
        store.decide(request.id(), ProvidedStatus.ACCEPTED, end, null, clock.instant());
    }

    void released(RequestView request) {
        var status = request.status() == fr.portailfamille.requests.RequestStatus.REFUSED ? ProvidedStatus.REFUSED
                : ProvidedStatus.WITHDRAWN;
        store.decide(request.id(), status, null, request.comment(), clock.instant());
    }

    /** What the requirement checks read: every document the household sent. */
    @Transactional(readOnly = true)
    List<ProvidedDocument> sent(long householdId) {
        return store.ofHousehold(householdId);
    }
}
