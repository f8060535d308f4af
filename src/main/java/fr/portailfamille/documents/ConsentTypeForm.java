package fr.portailfamille.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.validation.Errors;

/** The back-office form of a consent (one specific use for image rights). */
class ConsentTypeForm {

    private String name;
    private ConsentCategory category = ConsentCategory.IMAGE;
    private String description;
    private List<Long> activityIds = new ArrayList<>();

    static ConsentTypeForm of(ConsentType t) {
        var f = new ConsentTypeForm();
        f.name = t.name();
        f.category = t.category();
        f.description = t.description();
        f.activityIds = new ArrayList<>(t.activityIds());
        return f;
    }

    void validate(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "consents.type.name.required");
        } else if (name.strip().length() > 160) {
            errors.rejectValue("name", "consents.type.name.size");
        }
        if (category == null) {
            errors.rejectValue("category", "consents.type.category.required");
        }
        if (description != null && description.strip().length() > 1000) {
            errors.rejectValue("description", "consents.type.description.size");
        }
    }

    ConsentTypeSettings settings() {
        return new ConsentTypeSettings(name.strip(), category,
                description == null || description.isBlank() ? null : description.strip(),
                new LinkedHashSet<>(activityIds == null ? List.of() : activityIds));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ConsentCategory getCategory() { return category; }
    public void setCategory(ConsentCategory category) { this.category = category; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(List<Long> activityIds) { this.activityIds = activityIds; }
}
