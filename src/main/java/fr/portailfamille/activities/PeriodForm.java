package fr.portailfamille.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A period typed by an agent (no official school calendar file is loaded: agents type the holidays). */
class PeriodForm {

    @NotBlank(message = "{period.label.required}")
    @Size(max = 120, message = "{activity.name.size}")
    private String label;

    @NotNull(message = "{period.start.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;

    @NotNull(message = "{period.end.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    private Set<DayOfWeek> weekdays = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    void validate(Errors errors) {
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.rejectValue("end", "period.end.before-start");
            } else if (end.isAfter(start.plusYears(1))) {
                errors.rejectValue("end", "period.too-long");
            }
        }
        if (weekdays == null || weekdays.isEmpty()) {
            errors.rejectValue("weekdays", "period.weekdays.required");
        }
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public Set<DayOfWeek> getWeekdays() { return weekdays; }
    public void setWeekdays(Set<DayOfWeek> weekdays) { this.weekdays = weekdays; }
}
