package fr.portailfamille.enrolment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** Nouvelle inscription scolaire. */
class SchoolEnrolmentForm {

    static final List<String> LEVELS = List.of("TPS", "PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2");
    static final List<String> SCHOOLS = List.of("École maternelle Les Lilas", "École élémentaire Jules-Ferry",
            "Groupe scolaire Jacques-Prévert", "Groupe scolaire Louise-Michel");

    @NotBlank(message = "{school.year.required}")
    private String schoolYear;

    @NotBlank(message = "{school.level.required}")
    private String level;

    @NotBlank(message = "{school.school.required}")
    private String school;

    private boolean outsideSector;

    @Size(max = 1000, message = "{school.reason.size}")
    private String reason;

    void validate(Errors errors, List<String> years) {
        if (schoolYear != null && !schoolYear.isBlank() && !years.contains(schoolYear)) {
            errors.rejectValue("schoolYear", "school.year.required");
        }
        if (level != null && !level.isBlank() && !LEVELS.contains(level)) {
            errors.rejectValue("level", "school.level.required");
        }
        if (school != null && !school.isBlank() && !SCHOOLS.contains(school)) {
            errors.rejectValue("school", "school.school.required");
        }
        if (outsideSector && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "school.reason.required");
        }
    }

    public String getSchoolYear() { return schoolYear; }
    public void setSchoolYear(String schoolYear) { this.schoolYear = schoolYear; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public boolean isOutsideSector() { return outsideSector; }
    public void setOutsideSector(boolean outsideSector) { this.outsideSector = outsideSector; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
