package fr.portailfamille.billing;

import fr.portailfamille.shared.MoneyInput;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** The forms of the tariffs page, with their server-side checks (messages in i18n/billing). */
final class TariffForms {

    private static final Pattern SMALL_INT = Pattern.compile("\\d{1,7}");

    private TariffForms() {
    }

    static Integer intIn(Errors errors, String field, String text, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (!SMALL_INT.matcher(t).matches() || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            errors.rejectValue(field, "tariff.error.integer", new Object[] {min, max}, null);
            return null;
        }
        return Integer.parseInt(t);
    }

    static Long cents(Errors errors, String field, String text) {
        var cents = MoneyInput.parseCents(text);
        if (cents.isEmpty()) {
            errors.rejectValue(field, "money.error.amount");
            return null;
        }
        return cents.getAsLong();
    }

    static String text(Errors errors, String field, String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            errors.rejectValue(field, "tariff.error.text", new Object[] {max}, null);
            return null;
        }
        return t;
    }

    static final class SettingsForm {
        private String validityMonths;
        private String reductionPercent;

        public String getValidityMonths() { return validityMonths; }
        public void setValidityMonths(String v) { validityMonths = v; }
        public String getReductionPercent() { return reductionPercent; }
        public void setReductionPercent(String v) { reductionPercent = v; }

        static SettingsForm of(TariffSettings s) {
            var f = new SettingsForm();
            f.validityMonths = Integer.toString(s.quotientValidityMonths());
            f.reductionPercent = Integer.toString(s.secondChildReductionPercent());
            return f;
        }

        TariffSettings validate(Errors errors) {
            Integer months = intIn(errors, "validityMonths", validityMonths, 1, 60);
            Integer percent = intIn(errors, "reductionPercent", reductionPercent, 0, 100);
            return errors.hasErrors() ? null : new TariffSettings(months, percent);
        }
    }

    static final class BracketForm {
        private String label;
        private String quotientMin;

        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
        public String getQuotientMin() { return quotientMin; }
        public void setQuotientMin(String v) { quotientMin = v; }
    }

    static final class PriceForm {
        private String activityCode;
        private String unit;
        private Long bracketId;
        private String resident;
        private String nonResident;

        public String getActivityCode() { return activityCode; }
        public void setActivityCode(String v) { activityCode = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public Long getBracketId() { return bracketId; }
        public void setBracketId(Long v) { bracketId = v; }
        public String getResident() { return resident; }
        public void setResident(String v) { resident = v; }
        public String getNonResident() { return nonResident; }
        public void setNonResident(String v) { nonResident = v; }
    }
}
