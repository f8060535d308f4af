package fr.portailfamille.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** The activity form of the back-office; the deadlines are checked by {@link BookingDeadline#parse}. */
class ActivityForm {

    @NotBlank(message = "{activity.name.required}")
    @Size(max = 120, message = "{activity.name.size}")
    private String name;

    @NotNull(message = "{activity.kind.required}")
    private ActivityKind kind;

    @NotNull(message = "{activity.age.required}")
    @Min(value = 0, message = "{activity.age.range}")
    @Max(value = 25, message = "{activity.age.range}")
    private Integer minAge;

    @NotNull(message = "{activity.age.required}")
    @Min(value = 0, message = "{activity.age.range}")
    @Max(value = 25, message = "{activity.age.range}")
    private Integer maxAge;

    @NotNull(message = "{activity.capacity.required}")
    @Min(value = 1, message = "{activity.capacity.range}")
    @Max(value = 10000, message = "{activity.capacity.range}")
    private Integer dailyCapacity;

    private String bookingDeadline = "J-2 à 12:00";
    private String cancellationDeadline = "J-2 à 12:00";
    private boolean dailyReservations;
    private boolean validationRequired;

    static ActivityForm of(ActivityView a) {
        var f = new ActivityForm();
        f.name = a.name();
        f.kind = a.kind();
        f.minAge = a.minAge();
        f.maxAge = a.maxAge();
        f.dailyCapacity = a.dailyCapacity();
        f.bookingDeadline = a.bookingDeadline().label();
        f.cancellationDeadline = a.cancellationDeadline().label();
        f.dailyReservations = a.dailyReservations();
        f.validationRequired = a.validationRequired();
        return f;
    }

    /** Adds the checks bean validation cannot express; returns the settings when there is no error. */
    ActivitySettings validate(Errors errors) {
        if (minAge != null && maxAge != null && minAge > maxAge && !errors.hasFieldErrors("maxAge")) {
            errors.rejectValue("maxAge", "activity.age.order");
        }
        BookingDeadline booking = deadline("bookingDeadline", bookingDeadline, errors);
        BookingDeadline cancellation = deadline("cancellationDeadline", cancellationDeadline, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new ActivitySettings(name.trim(), kind, minAge, maxAge, dailyCapacity, booking, cancellation,
                dailyReservations, validationRequired);
    }

    private static BookingDeadline deadline(String field, String text, Errors errors) {
        try {
            return BookingDeadline.parse(text);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "activity.deadline.invalid", new Object[] {e.getMessage()}, e.getMessage());
            return null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public Integer getDailyCapacity() { return dailyCapacity; }
    public void setDailyCapacity(Integer dailyCapacity) { this.dailyCapacity = dailyCapacity; }
    public String getBookingDeadline() { return bookingDeadline; }
    public void setBookingDeadline(String bookingDeadline) { this.bookingDeadline = bookingDeadline; }
    public String getCancellationDeadline() { return cancellationDeadline; }
    public void setCancellationDeadline(String cancellationDeadline) { this.cancellationDeadline = cancellationDeadline; }
    public boolean isDailyReservations() { return dailyReservations; }
    public void setDailyReservations(boolean dailyReservations) { this.dailyReservations = dailyReservations; }
    public boolean isValidationRequired() { return validationRequired; }
    public void setValidationRequired(boolean validationRequired) { this.validationRequired = validationRequired; }
}
