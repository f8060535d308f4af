package fr.portailfamille.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.validation.Errors;

/** The back-office form of a document type. */
class DocumentTypeForm {

    private String name;
    private DocumentScope scope = DocumentScope.CHILD;
    private DocumentAudience audience = DocumentAudience.ALL;
    private Validity validity = Validity.SCHOOL_YEAR;
    private String months = "12";
    private boolean health;
    private List<Long> activityIds = new ArrayList<>();

    static DocumentTypeForm of(DocumentType t) {
        var f = new DocumentTypeForm();
        f.name = t.name();
        f.scope = t.scope();
        f.audience = t.audience();
        f.validity = t.validity();
        f.months = t.validityMonths() == null ? "12" : t.validityMonths().toString();
        f.health = t.health();
        f.activityIds = new ArrayList<>(t.activityIds());
        return f;
    }

    void validate(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "documents.type.name.required");
        } else if (name.strip().length() > 120) {
            errors.rejectValue("name", "documents.type.name.size");
        }
        if (scope == null) {
            errors.rejectValue("scope", "documents.type.scope.required");
        }
        if (audience == null) {
            errors.rejectValue("audience", "documents.type.audience.required");
        } else if (audience == DocumentAudience.ACTIVITIES && (activityIds == null || activityIds.isEmpty())) {
            // asked of nobody: the agent meant « toutes les familles » or forgot the activities
            errors.rejectValue("audience", "documents.type.audience.activities-needed");
        }
        if (validity == null) {
            errors.rejectValue("validity", "documents.type.validity.required");
        } else if (validity == Validity.MONTHS && monthCount() == null) {
            errors.rejectValue("months", "documents.type.months.range");
        }
    }

    private Integer monthCount() {
        try {
            int n = Integer.parseInt(months == null ? "" : months.strip());
            return n >= 1 && n <= 120 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    DocumentTypeSettings settings() {
        return new DocumentTypeSettings(name.strip(), scope, audience, validity,
                validity == Validity.MONTHS ? monthCount() : null, health, new LinkedHashSet<>(activityIds == null ? List.of() : activityIds));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DocumentScope getScope() { return scope; }
    public void setScope(DocumentScope scope) { this.scope = scope; }
    public DocumentAudience getAudience() { return audience; }
    public void setAudience(DocumentAudience audience) { this.audience = audience; }
    public Validity getValidity() { return validity; }
    public void setValidity(Validity validity) { this.validity = validity; }
    public String getMonths() { return months; }
    public void setMonths(String months) { this.months = months; }
    public boolean isHealth() { return health; }
    public void setHealth(boolean health) { this.health = health; }
    public List<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(List<Long> activityIds) { this.activityIds = activityIds; }
}
