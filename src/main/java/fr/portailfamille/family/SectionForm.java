package fr.portailfamille.family;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what a family typed in a section form: every field, then the rules between fields of the same
 * section. The result keeps the canonical values of the valid fields and a message per invalid field.
 */
final class SectionForm {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})-(\\d{4})$");

    private SectionForm() {
    }

    record Result(LinkedHashMap<String, String> values, Map<String, FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }

        String value(String field) {
            return values.getOrDefault(field, "");
        }

        void reject(String field, String key, Object... args) {
            errors.putIfAbsent(field, new FieldError(key, args));
        }
    }

    static Result validate(Section section, Map<String, String> raw, LocalDate today) {
        var values = new LinkedHashMap<String, String>();
        var result = new Result(values, new LinkedHashMap<>());
        for (Field field : section.fields()) {
            try {
                String value = field.type().parse(raw.get(field.name()), field, today);
                values.put(field.name(), value);
                if (value.isEmpty() && field.required()) {
                    result.reject(field.name(), field.type() == FieldType.YES_NO || field.type() == FieldType.CHOICE
                            ? "form.error.choose" : "form.error.required");
                }
            } catch (FieldProblem problem) {
                values.put(field.name(), "");
                result.errors().put(field.name(), problem.error());
            }
        }
        crossFieldRules(section, result);
        return result;
    }

    private static void crossFieldRules(Section section, Result r) {
        switch (section) {
            case GUARDIAN, SECOND_GUARDIAN -> {
                if (r.value("phoneMobile").isEmpty() && r.value("phoneHome").isEmpty()
                        && r.value("phoneWork").isEmpty() && !r.errors().containsKey("phoneHome")
                        && !r.errors().containsKey("phoneWork")) {
                    r.reject("phoneMobile", "form.error.one-phone");
                }
            }
            case ALLOWANCE -> {
                String fund = r.value("allowanceFund");
                if ((fund.equals("CAF") || fund.equals("MSA")) && r.value("allowanceNumber").isEmpty()) {
                    r.reject("allowanceNumber", "form.error.required");
                }
            }
            case BANK -> {
                boolean any = !r.value("bankHolder").isEmpty() || !r.value("iban").isEmpty()
                        || !r.value("bic").isEmpty() || r.errors().containsKey("iban") || r.errors().containsKey("bic");
                if (any) {
                    if (r.value("bankHolder").isEmpty()) {
                        r.reject("bankHolder", "form.error.required");
                    }
                    if (r.value("iban").isEmpty()) {
                        r.reject("iban", "form.error.required");
                    }
                }
            }
            case AUTHORISATIONS -> {
                for (String group : section.groups()) {
                    boolean any = section.fieldsOf(group).stream()
                            .anyMatch(f -> !r.value(f.name()).isEmpty() || r.errors().containsKey(f.name()));
                    if (any) {
                        for (String part : new String[] {"Name", "Relationship", "Phone"}) {
                            if (r.value(group + part).isEmpty()) {
                                r.reject(group + part, "form.error.required");
                            }
                        }
                    }
                }
            }
            case COMPLEMENTARY -> {
                String year = r.value("schoolYear");
                if (!year.isEmpty()) {
                    var m = SCHOOL_YEAR.matcher(year);
                    if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                        r.reject("schoolYear", "form.error.school-year");
                    }
                }
            }
            case HEALTH -> {
                boolean allergy = !r.value("foodAllergies").isEmpty() || !r.value("medicineAllergies").isEmpty()
                        || !r.value("otherAllergies").isEmpty();
                if (allergy && r.value("allergyActions").isEmpty()) {
                    r.reject("allergyActions", "form.error.allergy-actions");
                }
            }
            default -> {
            }
        }
    }
}
