package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.RequestView;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.upload.DocumentUploads;
import fr.portailfamille.shared.upload.ImageUploads;
import fr.portailfamille.shared.upload.UploadRejectedException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family asks to change a section (a request the Service Jeunesse validates); an agent corrects a
 * section directly (applied at once, recorded as that agent's change). Both check the same rules.
 */
@Service
@Transactional
class FamilyChanges {

    /** The form field that carries the file (photo or proof). */
    static final String FILE_FIELD = "fichier";
    /** Errors that concern the form as a whole. */
    static final String FORM = "form";

    private final SectionApplier applier;
    private final SectionStore sections;
    private final HouseholdStore households;
    private final Requests requests;
    private final AuditTrail audit;
    private final ImageUploads images;
    private final DocumentUploads documents;
    private final Clock clock;

    FamilyChanges(SectionApplier applier, SectionStore sections, HouseholdStore households, Requests requests,
                  AuditTrail audit, ImageUploads images, DocumentUploads documents, Clock clock) {
        this.applier = applier;
        this.sections = sections;
        this.households = households;
        this.requests = requests;
        this.audit = audit;
        this.images = images;
        this.documents = documents;
        this.clock = clock;
    }

    /** A file as the browser sent it (name may be null); no name and no content means no file chosen. */
    record RawFile(String name, byte[] content) {

        boolean present() {
            return content != null && (content.length > 0 || (name != null && !name.isBlank()));
        }
    }

    /** The outcome of a form: the canonical values, the errors by field, the request made when valid. */
    record Outcome(LinkedHashMap<String, String> values, Map<String, FieldError> errors, Long requestId) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    LinkedHashMap<String, String> current(Section section, long householdId, Long childId) {
        return applier.current(section, householdId, childId);
    }

    /** The children the family asked to add, not yet validated: shown as « en attente de validation ». */
    @Transactional(readOnly = true)
    List<PendingChild> pendingChildren(long householdId) {
        return requests.ofHousehold(householdId, RequestStatus.PENDING).stream()
                .filter(r -> r.kind().equals(Section.NEW_CHILD.kind())).map(PendingChild::of).toList();
    }

    @Transactional(readOnly = true)
    Optional<RequestView> pending(Section section, long householdId, Long childId) {
        return requests.pending(householdId, section.kind(), childId);
    }

    /** The family asks for a change; nothing is written to the record. */
    Outcome request(Section section, long householdId, Long childId, Map<String, String> raw, RawFile file,
                    String actor) {
        var current = section == Section.NEW_CHILD ? blank(section) : current(section, householdId, childId);
        var result = check(section, householdId, childId, raw, current, file, true);
        UploadedFile upload = sanitise(section, file, result);
        if (!result.valid()) {
            return new Outcome(result.values(), result.errors(), null);
        }
        var proposed = new LinkedHashMap<>(result.values());
        if (section == Section.PHOTO) {
            proposed.put("photo", upload.originalName());
        } else if (proposed.equals(current) && upload == null) {
            result.reject(FORM, "form.error.no-change");
            return new Outcome(result.values(), result.errors(), null);
        }
        if (section == Section.ALLOWANCE && upload != null) {
            proposed.put("proof", upload.originalName());
            current.put("proof", sections.document(householdId, SectionApplier.ALLOWANCE_PROOF)
                    .map(SectionStore.StoredFile::name).orElse(""));
        }
        long id = requests.submit(new NewRequest(householdId, section.kind(), childId,
                subjectLabel(section, householdId, childId, proposed), proposed, current), actor, upload);
        return new Outcome(result.values(), result.errors(), id);
    }

    /** The family asks to remove the conjoint: a request whose asked values are all empty. */
    long requestSecondGuardianRemoval(long householdId, String actor) {
        var current = current(Section.SECOND_GUARDIAN, householdId, null);
        var empty = new LinkedHashMap<String, String>();
        current.keySet().forEach(k -> empty.put(k, ""));
        return requests.submit(new NewRequest(householdId, Section.SECOND_GUARDIAN.kind(), null,
                subjectLabel(Section.SECOND_GUARDIAN, householdId, null, empty), empty, current), actor, null);
    }

    /** An agent corrects a section at the desk: applied at once and recorded as that agent's change. */
    Outcome correct(Section section, long householdId, Long childId, Map<String, String> raw, String agent) {
        var current = current(section, householdId, childId);
        var result = check(section, householdId, childId, raw, current, null, false);
        if (!result.valid()) {
            return new Outcome(result.values(), result.errors(), null);
        }
        applier.apply(section, householdId, childId, result.values(), null, LocalDate.now(clock));
        var changed = result.values().keySet().stream()
                .filter(k -> !result.values().get(k).equals(current.getOrDefault(k, ""))).toList();
        audit.record(agent, "RECORD_CORRECTED", householdId,
                section.kind() + (childId == null ? "" : " — " + subjectLabel(section, householdId, childId, null)),
                String.join(", ", changed));
        return new Outcome(result.values(), result.errors(), null);
    }

    private SectionForm.Result check(Section section, long householdId, Long childId, Map<String, String> raw,
                                     Map<String, String> current, RawFile file, boolean family) {
        var result = SectionForm.validate(section, raw, LocalDate.now(clock));
        switch (section) {
            case PAYMENT_METHOD -> {
                if (PaymentMethod.DIRECT_DEBIT.name().equals(result.value("paymentMethod")) && !hasBank(householdId)) {
                    result.reject("paymentMethod", "form.error.debit-needs-bank");
                }
            }
            case BANK -> {
                if (result.value("iban").isEmpty() && !result.errors().containsKey("iban")
                        && debitChosen(householdId)) {
                    result.reject("iban", "form.error.bank-needed-for-debit");
                }
            }
            case ALLOWANCE -> {
                boolean changed = !result.value("quotient").equals(current.get("quotient"))
                        || !result.value("allowanceNumber").equals(current.get("allowanceNumber"));
                boolean noProof = sections.document(householdId, SectionApplier.ALLOWANCE_PROOF).isEmpty();
                if (family && (changed || noProof) && (file == null || !file.present())) {
                    result.reject(FILE_FIELD, "form.error.proof-required");
                }
            }
            case PHOTO -> {
                if (file == null || !file.present()) {
                    result.reject(FILE_FIELD, "form.error.photo-required");
                }
            }
            default -> {
            }
        }
        return result;
    }

    private UploadedFile sanitise(Section section, RawFile file, SectionForm.Result result) {
        if (section.upload() == Section.Upload.NONE || file == null || !file.present()) {
            return null;
        }
        try {
            return section.upload() == Section.Upload.PHOTO ? images.photo(file.name(), file.content())
                    : documents.document(file.name(), file.content());
        } catch (UploadRejectedException e) {
            result.errors().put(FILE_FIELD, new FieldError(e.messageKey(), new Object[0]));
            return null;
        }
    }

    /** Bank details validated, or asked for in a pending request. */
    private boolean hasBank(long householdId) {
        boolean validated = households.find(householdId).map(h -> !h.bank().isEmpty()).orElse(false);
        return validated || requests.pending(householdId, Section.BANK.kind(), null)
                .map(r -> !r.proposed().getOrDefault("iban", "").isEmpty()).orElse(false);
    }

    private boolean debitChosen(long householdId) {
        boolean validated = households.find(householdId)
                .map(h -> h.paymentMethod() == PaymentMethod.DIRECT_DEBIT).orElse(false);
        return validated || requests.pending(householdId, Section.PAYMENT_METHOD.kind(), null)
                .map(r -> PaymentMethod.DIRECT_DEBIT.name().equals(r.proposed().get("paymentMethod"))).orElse(false);
    }

    private String subjectLabel(Section section, long householdId, Long childId, Map<String, String> proposed) {
        if (section == Section.NEW_CHILD) {
            return proposed.get("firstName") + " " + proposed.get("lastName");
        }
        if (section.isChildSection()) {
            return households.child(childId).map(ChildView::fullName).orElse(null);
        }
        return households.find(householdId).map(HouseholdView::name).orElse(null);
    }

    private static LinkedHashMap<String, String> blank(Section section) {
        var map = new LinkedHashMap<String, String>();
        section.fields().forEach(f -> map.put(f.name(), ""));
        return map;
    }

    List<Section> sections(Section.Scope scope) {
        return java.util.Arrays.stream(Section.values()).filter(s -> s.scope() == scope).toList();
    }
}
