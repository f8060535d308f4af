package fr.portailfamille.agenda;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Déclarer une absence: one day or a range, a reason, an optional comment and certificate. */
class AbsenceForm {

    @NotNull(message = "{absence.first.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDay;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    @NotNull(message = "{absence.reason.required}")
    private AbsenceReason reason;

    @Size(max = 500, message = "{absence.comment.size}")
    private String comment;

    void validate(Errors errors, LocalDate today) {
        if (firstDay == null) {
            return;
        }
        if (firstDay.isBefore(today.minusDays(Absences.MAX_DAYS_BACK))) {
            errors.rejectValue("firstDay", "absence.first.too-old");
        }
        LocalDate last = lastDay();
        if (last.isBefore(firstDay)) {
            errors.rejectValue("lastDay", "absence.last.before-first");
        } else if (last.isAfter(firstDay.plusDays(Absences.MAX_DAYS - 1))) {
            errors.rejectValue("lastDay", "absence.too-long");
        }
    }

    LocalDate lastDay() {
        return lastDay == null ? firstDay : lastDay;
    }

    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public AbsenceReason getReason() { return reason; }
    public void setReason(AbsenceReason reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
