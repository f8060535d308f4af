package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household created by an agent at the desk (« Créer une famille »): the responsable with the fields and rules of
 * the Responsable section, up to {@value #CHILD_ROWS} children with those of « Ajouter un enfant », the family
 * quotient and whether the family lives in the town. The form is checked by {@link SectionForm}, the same code that
 * checks the family's own forms; inputs of a child row are named {@code enfant<n>.<field>}. Possible duplicates
 * (same responsable last name, first name and birth date, or same e-mail) are shown before anything is written.
 */
@Service
class HouseholdRegistration {

    static final int CHILD_ROWS = 4;
    static final List<Field> HOUSEHOLD_FIELDS = List.of(
            Field.of("resident", FieldType.YES_NO, true, 5),
            Field.of("quotient", FieldType.INTEGER, false, 6));

    private final HouseholdStore households;
    private final SectionApplier applier;
    private final AuditTrail audit;
    private final Clock clock;

    HouseholdRegistration(HouseholdStore households, SectionApplier applier, AuditTrail audit, Clock clock) {
        this.households = households;
        this.applier = applier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checked form: canonical values of the responsable, of each filled child row, and errors by input name. */
    record Checked(Map<String, String> guardian, List<Map<String, String>> children, Map<String, String> household,
                   Map<String, FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    static String childPrefix(int row) {
        return "enfant" + row + ".";
    }

    Checked check(Map<String, String> raw) {
        LocalDate today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, FieldError>();
        var guardian = SectionForm.validate(Section.GUARDIAN, raw, today);
        errors.putAll(guardian.errors());
        var children = new ArrayList<Map<String, String>>();
        for (int row = 1; row <= CHILD_ROWS; row++) {
            String prefix = childPrefix(row);
            var typed = new LinkedHashMap<String, String>();
            Section.NEW_CHILD.fields().forEach(f -> typed.put(f.name(), raw.get(prefix + f.name())));
            boolean filled = typed.values().stream().anyMatch(v -> v != null && !v.isBlank());
            if (!filled) {
                continue;
            }
            var child = SectionForm.validate(Section.NEW_CHILD, typed, today);
            child.errors().forEach((field, error) -> errors.put(prefix + field, error));
            children.add(child.values());
        }
        if (children.isEmpty() && !errors.containsKey(childPrefix(1) + "firstName")) {
            errors.put(childPrefix(1) + "firstName", new FieldError("household.new.child-required", new Object[0]));
        }
        var household = new LinkedHashMap<String, String>();
        for (Field field : HOUSEHOLD_FIELDS) {
            try {
                String value = field.type().parse(raw.get(field.name()), field, today);
                household.put(field.name(), value);
                if (value.isEmpty() && field.required()) {
                    errors.put(field.name(), new FieldError("form.error.choose", new Object[0]));
                }
            } catch (FieldProblem problem) {
                errors.put(field.name(), problem.error());
            }
        }
        return new Checked(guardian.values(), children, household, errors);
    }

    /** Households whose responsable has the same last name, first name and birth date, or the same e-mail. */
    @Transactional(readOnly = true)
    List<HouseholdSummary> possibleDuplicates(Map<String, String> guardian) {
        return households.summaries(households.householdsWithGuardianLike(guardian.get("lastName"),
                guardian.get("firstName"), blankToNull(guardian.get("birthDate")), blankToNull(guardian.get("email"))));
    }

    /** Writes the household, its responsable, its children and its quotient; returns its id. */
    @Transactional
    long create(Checked form, String agent) {
        if (!form.valid()) {
            throw new IllegalArgumentException("invalid form");
        }
        var g = form.guardian();
        String name = "Famille " + g.get("lastName");
        long id = households.insertHousehold(name, g.get("addressLine"), g.get("postalCode"), g.get("city"),
                Boolean.parseBoolean(form.household().get("resident")));
        LocalDate today = LocalDate.now(clock);
        applier.apply(Section.GUARDIAN, id, null, g, null, today);
        for (var child : form.children()) {
            applier.apply(Section.NEW_CHILD, id, null, child, null, today);
        }
        String quotient = form.household().get("quotient");
        if (quotient != null && !quotient.isEmpty()) {
            households.saveAllowance(id, new AllowanceData(null, null, Integer.valueOf(quotient), today));
        }
        audit.record(agent, "HOUSEHOLD_CREATED", id, name + " (" + form.children().size() + " enfant(s))", null);
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
