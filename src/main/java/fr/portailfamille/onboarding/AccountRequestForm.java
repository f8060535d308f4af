package fr.portailfamille.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.family.FieldError;
import fr.portailfamille.family.FormCheck;
import fr.portailfamille.family.Section;

/**
 * What a family types in « Créer mon espace famille »: the responsable (identity, address, phone, e-mail) and its
 * children, each row checked by the family record's own validation ({@link Section#GUARDIAN},
 * {@link Section#NEW_CHILD}). The request's values are one flat map: the guardian's fields, then
 * {@code child1FirstName}, {@code child1LastName}… in form order.
 */
final class AccountRequestForm {

    static final int MAX_CHILDREN = 8;
    static final List<String> GUARDIAN_FIELDS = List.of("civility", "lastName", "firstName", "birthDate",
            "addressLine", "postalCode", "city", "phoneMobile", "email");
    static final List<String> CHILD_FIELDS = List.of("firstName", "lastName", "birthDate", "sex");
    /** Longest value a parameter may have before validation even looks at it (the longest field is 200). */
    private static final int MAX_RAW_LENGTH = 1000;

    /** The form as typed: the guardian's fields and the rows of children shown. */
    record Typed(Map<String, String> guardian, List<Map<String, String>> children) {

        String childValue(int index, String field) {
            return children.get(index).getOrDefault(field, "");
        }
    }

    /** The request's values (when valid) and the messages by input name ("email", "child2.birthDate", "form"). */
    record Checked(LinkedHashMap<String, String> proposed, Map<String, FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A rule that checks typed values as the family record's section does. */
    interface SectionCheck {
        FormCheck check(Section section, Map<String, String> raw);
    }

    private AccountRequestForm() {
    }

    static Typed read(Map<String, String> params) {
        var guardian = new LinkedHashMap<String, String>();
        GUARDIAN_FIELDS.forEach(f -> guardian.put(f, raw(params.get(f))));
        int rows = Math.max(1, Math.min(MAX_CHILDREN, rowsOf(params.get("enfants"))));
        var children = new ArrayList<Map<String, String>>();
        for (int i = 1; i <= rows; i++) {
            var child = new LinkedHashMap<String, String>();
            for (String f : CHILD_FIELDS) {
                child.put(f, raw(params.get("child" + i + "." + f)));
            }
            children.add(child);
        }
        return new Typed(guardian, children);
    }

    /** The same form with one more empty row of child, up to {@link #MAX_CHILDREN}. */
    static Typed withOneMoreChild(Typed typed) {
        if (typed.children().size() >= MAX_CHILDREN) {
            return typed;
        }
        var children = new ArrayList<>(typed.children());
        var empty = new LinkedHashMap<String, String>();
        CHILD_FIELDS.forEach(f -> empty.put(f, ""));
        children.add(empty);
        return new Typed(typed.guardian(), children);
    }

    /** Whether the parameters name more rows of children than allowed (a crafted post). */
    static boolean tooManyChildren(Map<String, String> params) {
        return rowsOf(params.get("enfants")) > MAX_CHILDREN
                || params.keySet().stream().anyMatch(k -> k.startsWith("child" + (MAX_CHILDREN + 1) + "."));
    }

    static Checked check(Typed typed, SectionCheck rules) {
        var errors = new LinkedHashMap<String, FieldError>();
        var proposed = new LinkedHashMap<String, String>();
        FormCheck guardian = rules.check(Section.GUARDIAN, typed.guardian());
        for (String f : GUARDIAN_FIELDS) {
            proposed.put(f, guardian.value(f));
            if (guardian.errors().containsKey(f)) {
                errors.put(f, guardian.errors().get(f));
            }
        }
        int kept = 0;
        for (int i = 0; i < typed.children().size(); i++) {
            var row = typed.children().get(i);
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            FormCheck child = rules.check(Section.NEW_CHILD, row);
            kept++;
            for (String f : CHILD_FIELDS) {
                proposed.put("child" + kept + capitalised(f), child.value(f));
                if (child.errors().containsKey(f)) {
                    errors.put("child" + (i + 1) + "." + f, child.errors().get(f));
                }
            }
        }
        if (kept == 0) {
            errors.put("child1.firstName", new FieldError("onboarding.error.one-child", new Object[0]));
        }
        return new Checked(proposed, errors);
    }

    /** The children of a request's values, in order: each a map of {@link #CHILD_FIELDS}. */
    static List<Map<String, String>> children(Map<String, String> proposed) {
        var children = new ArrayList<Map<String, String>>();
        for (int i = 1; i <= MAX_CHILDREN && proposed.containsKey("child" + i + "FirstName"); i++) {
            var child = new HashMap<String, String>();
            for (String f : CHILD_FIELDS) {
                child.put(f, proposed.getOrDefault("child" + i + capitalised(f), ""));
            }
            children.add(child);
        }
        return children;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static int rowsOf(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String raw(String value) {
        if (value == null) {
            return "";
        }
        // Validation answers "too long" for these; keep only enough of a huge value to say so.
        return value.length() > MAX_RAW_LENGTH ? value.substring(0, MAX_RAW_LENGTH) : value;
    }
}
