package fr.portailfamille.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's face. Modules submit requests for the families; agents decide; the handler of
 * the request's kind applies an accepted one in the same transaction.
 */
@Service
@Transactional
public class Requests {

    private final RequestStore store;
    private final RequestHandlers handlers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final RequestAttachments attachments;

    Requests(RequestStore store, RequestHandlers handlers, ApplicationEventPublisher events, Clock clock,
             AuditTrail audit, RequestAttachments attachments) {
        this.store = store;
        this.handlers = handlers;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.attachments = attachments;
    }

    /** Submits a request; a pending one for the same kind and subject is withdrawn (the new edit replaces it). */
    public long submit(NewRequest request) {
        return submit(request, null, null);
    }

    /**
     * Submits a request made by {@code actor} (the family's login, for the audit trail) with an optional
     * sanitised file (photo, proof); a pending one for the same kind and subject is withdrawn.
     */
    public long submit(NewRequest request, String actor, UploadedFile attachment) {
        handlers.of(request.kind());
        if (request.householdId() == null) {
            return insert(request, actor, attachment);
        }
        for (var pending : store.pending(request.householdId(), request.kind(), request.subjectId())) {
            var replaced = store.lock(pending.id()).orElseThrow();
            replaced.withdraw(clock.instant());
            store.save(replaced);
            audit.record(actorOrFamily(actor), "REQUEST_REPLACED", request.householdId(), describe(replaced.view()),
                    null);
        }
        return insert(request, actor, attachment);
    }

    /** Submits a request that does not replace others (daily reservations, absences…). */
    public long submitAlongside(NewRequest request) {
        handlers.of(request.kind());
        return insert(request, null, null);
    }

    private long insert(NewRequest request, String actor, UploadedFile attachment) {
        var view = store.insert(request, clock.instant(), RequestAuthor.current());
        long id = view.id();
        if (attachment != null) {
            attachments.store(id, attachment);
        }
        audit.record(actorOrFamily(actor), "REQUEST_SUBMITTED", request.householdId(), describe(view),
                fieldList(view));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<RequestView> pending(long householdId, String kind, Long subjectId) {
        return store.pending(householdId, kind, subjectId).stream().reduce((first, second) -> second);
    }

    @Transactional(readOnly = true)
    public List<RequestView> ofHousehold(long householdId, RequestStatus status) {
        return store.ofHousehold(householdId, status);
    }

    /** A request of this household; 404 for another household's. */
    @Transactional(readOnly = true)
    public RequestView ofHousehold(long householdId, long requestId) {
        return store.find(requestId).filter(r -> r.belongsTo(householdId))
                .orElseThrow(() -> new NotFoundException("request"));
    }

    public void withdraw(long householdId, long requestId) {
        withdraw(householdId, requestId, null);
    }

    /** The family withdraws its own pending request; 404 for another household's. */
    public void withdraw(long householdId, long requestId, String actor) {
        var request = store.lock(requestId).filter(r -> r.view().belongsTo(householdId))
                .orElseThrow(() -> new NotFoundException("request"));
        request.withdraw(clock.instant());
        store.save(request);
        handlers.of(request.view().kind()).released(request.view());
        audit.record(actorOrFamily(actor), "REQUEST_WITHDRAWN", householdId, describe(request.view()), null);
    }

    /**
     * Withdraws the request if it is still pending, under its row lock; answers false (and changes nothing) when
     * an agent decided it meanwhile, so that a family's cancellation racing an agent's decision does not fail.
     */
    public boolean withdrawIfPending(long householdId, long requestId) {
        var request = store.lock(requestId).filter(r -> r.view().belongsTo(householdId))
                .orElseThrow(() -> new NotFoundException("request"));
        if (request.status().isFinal()) {
            return false;
        }
        request.withdraw(clock.instant());
        store.save(request);
        handlers.of(request.view().kind()).released(request.view());
        return true;
    }

    // ---- back-office

    @Transactional(readOnly = true)
    public RequestView get(long requestId) {
        return store.find(requestId).orElseThrow(() -> new NotFoundException("request"));
    }

    @Transactional(readOnly = true)
    public List<RequestView> queue(String kindPrefix, Long householdId) {
        return store.queue(blankToNull(kindPrefix), householdId, 500);
    }

    @Transactional(readOnly = true)
    public Map<String, Long> pendingCounts() {
        return store.pendingCountsByKind();
    }

    /**
     * The fields whose value in the record changed since the family asked: the agent must see them
     * before accepting (empty when there is no conflict).
     */
    @Transactional(readOnly = true)
    public List<String> conflicts(long requestId) {
        var request = get(requestId);
        Map<String, String> now = handlers.of(request.kind()).currentValues(request);
        return request.current().keySet().stream()
                .filter(k -> !java.util.Objects.equals(request.current().get(k), now.get(k))).toList();
    }

    /** The record's values now for the request's fields (to show a conflict). */
    @Transactional(readOnly = true)
    public Map<String, String> currentValues(RequestView request) {
        return handlers.of(request.kind()).currentValues(request);
    }

    /** The pending requests by kind with the age of the oldest, oldest first (the agents' dashboard). */
    @Transactional(readOnly = true)
    public List<PendingKind> pendingByKind() {
        return store.pendingByKind();
    }

    /** Received, decided and open requests per week from the week of {@code from} to the week of {@code to}. */
    @Transactional(readOnly = true)
    public List<WeeklyRequests> weekly(java.time.LocalDate from, java.time.LocalDate to) {
        var zone = clock.getZone();
        var start = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var end = to.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)).plusDays(1);
        return RequestFlow.weekly(store.moments(start.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant()), from, to, zone);
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return store.pendingCountsByKind().values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean bulkAcceptable(String kind) {
        return handlers.of(kind).bulkAcceptable(kind);
    }

    /** Accepts and applies the request exactly as asked, in one transaction. */
    public void accept(long requestId, String agent, String note) {
        var request = store.lock(requestId).orElseThrow(() -> new NotFoundException("request"));
        request.accept(agent, clock.instant(), blankToNull(note));
        store.save(request);
        handlers.of(request.view().kind()).apply(request.view());
        audit.record(agent, "REQUEST_ACCEPTED", request.view().householdId(), describe(request.view()),
                fieldList(request.view()));
        publish(request.view());
    }

    public void refuse(long requestId, String agent, String reason) {
        var request = store.lock(requestId).orElseThrow(() -> new NotFoundException("request"));
        request.refuse(agent, clock.instant(), reason);
        store.save(request);
        handlers.of(request.view().kind()).released(request.view());
        audit.record(agent, "REQUEST_REFUSED", request.view().householdId(), describe(request.view()), null);
        publish(request.view());
    }

    private void publish(RequestView r) {
        events.publishEvent(new RequestDecided(r.id(), r.householdId(), r.kind(), r.subjectLabel(), r.status(),
                r.comment()));
    }

    /** The value of a field as pages show it, formatted by the handler of the request's kind. */
    @Transactional(readOnly = true)
    public String display(RequestView request, String field, String value, java.util.Locale locale) {
        return handlers.of(request.kind()).displayValue(request.kind(), field, value, locale);
    }

    private static String describe(RequestView r) {
        return "#" + r.id() + " " + r.kind() + (r.subjectLabel() == null ? "" : " — " + r.subjectLabel());
    }

    /** Names of the changed fields only: values (IBAN, health data) never go to the trail. */
    private static String fieldList(RequestView r) {
        return String.join(", ", r.changedFields());
    }

    private static String actorOrFamily(String actor) {
        return actor == null || actor.isBlank() ? "famille" : actor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
