package fr.portailfamille.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The back-office form of a booking window: period, mode, times, and the priority rules (each on/off, ordered). */
class WindowForm {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    /** Checked by the creation (the edit keeps the window's period). */
    private Long periodId;

    @NotNull(message = "{window.mode.required}")
    private BookingMode mode = BookingMode.LOTTERY;

    @NotNull(message = "{window.time.required}")
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime opensAt;

    @NotNull(message = "{window.time.required}")
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime closesAt;

    @NotNull(message = "{window.time.required}")
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime allocateAt;

    @NotNull(message = "{window.quota.range}")
    @Min(value = 0, message = "{window.quota.range}")
    @Max(value = 1000, message = "{window.quota.range}")
    private Integer paiQuota = 0;

    /** Rule name → on. */
    private Map<String, Boolean> enabled = new LinkedHashMap<>();
    /** Rule name → order (1 first). */
    private Map<String, Integer> order = new LinkedHashMap<>();

    WindowForm() {
        int i = 1;
        for (var rule : LotteryRule.values()) {
            enabled.put(rule.name(), true);
            order.put(rule.name(), i++);
        }
    }

    static WindowForm of(BookingWindow w, java.time.ZoneId zone) {
        var f = new WindowForm();
        f.periodId = w.period().id();
        f.mode = w.mode();
        f.opensAt = LocalDateTime.ofInstant(w.opensAt(), zone);
        f.closesAt = LocalDateTime.ofInstant(w.closesAt(), zone);
        f.allocateAt = LocalDateTime.ofInstant(w.allocateAt(), zone);
        f.paiQuota = w.rules().paiQuota();
        int next = w.rules().order().size() + 1;
        for (var rule : LotteryRule.values()) {
            int at = w.rules().order().indexOf(rule);
            f.enabled.put(rule.name(), at >= 0);
            f.order.put(rule.name(), at >= 0 ? at + 1 : next++);
        }
        return f;
    }

    /** The settings when there is no error, else null (errors next to their fields). */
    WindowSettings validate(Errors errors, long activityId) {
        if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt) && !errors.hasFieldErrors("closesAt")) {
            errors.rejectValue("closesAt", "window.error.ORDER");
        }
        if (closesAt != null && allocateAt != null && allocateAt.isBefore(closesAt)
                && !errors.hasFieldErrors("allocateAt")) {
            errors.rejectValue("allocateAt", "window.error.ORDER");
        }
        var rules = new ArrayList<LotteryRule>();
        for (var rule : LotteryRule.values()) {
            if (Boolean.TRUE.equals(enabled.get(rule.name()))) {
                Integer at = order.get(rule.name());
                if (at == null || at < 1 || at > 9) {
                    errors.rejectValue("order[" + rule.name() + "]", "window.order.range");
                }
                rules.add(rule);
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        rules.sort(Comparator.comparingInt((LotteryRule r) -> order.get(r.name())).thenComparing(Enum::ordinal));
        return new WindowSettings(activityId, periodId, mode, opensAt, closesAt, allocateAt,
                new LotteryRules(List.copyOf(rules), paiQuota));
    }

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public BookingMode getMode() { return mode; }
    public void setMode(BookingMode mode) { this.mode = mode; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public LocalDateTime getAllocateAt() { return allocateAt; }
    public void setAllocateAt(LocalDateTime allocateAt) { this.allocateAt = allocateAt; }
    public Integer getPaiQuota() { return paiQuota; }
    public void setPaiQuota(Integer paiQuota) { this.paiQuota = paiQuota; }
    public Map<String, Boolean> getEnabled() { return enabled; }
    public void setEnabled(Map<String, Boolean> enabled) { this.enabled = enabled; }
    public Map<String, Integer> getOrder() { return order; }
    public void setOrder(Map<String, Integer> order) { this.order = order; }
}
