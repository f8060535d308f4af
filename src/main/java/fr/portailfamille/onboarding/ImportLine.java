package fr.portailfamille.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.portailfamille.family.FieldError;
import fr.portailfamille.family.FormCheck;
import fr.portailfamille.family.Section;

/**
 * One household line of an import, checked cell by cell with the family record's own rules (the sections
 * {@link Section#GUARDIAN}, {@link Section#SECOND_GUARDIAN}, {@link Section#ALLOWANCE}, {@link Section#BANK},
 * {@link Section#NEW_CHILD}) plus the file's own: a stable external id, resident oui/non, no spreadsheet formula.
 * Each error names the column it comes from.
 */
record ImportLine(long number, String externalId, String familyName, boolean resident, FormCheck primary,
                  FormCheck second, FormCheck allowance, FormCheck bank, List<FormCheck> children,
                  List<CellError> errors, String digest) {

    private static final Pattern EXTERNAL_ID = Pattern.compile("^[A-Za-z0-9._/-]{1,60}$");

    /** A message for one column of the line ({@code column} empty for the whole line). */
    record CellError(String column, FieldError error) {
    }

    /** Where a line stands against what the portal already holds. */
    enum Status { NEW, UNCHANGED, CHANGED, INVALID }

    public boolean valid() {
        return errors.isEmpty();
    }

    public int guardians() {
        return second == null ? 1 : 2;
    }

    static ImportLine check(FamilyFile.Line line, AccountRequestForm.SectionCheck rules) {
        var errors = new ArrayList<CellError>();
        line.cells().forEach((column, value) -> {
            if (column.isEmpty()) {
                errors.add(new CellError("", error("import.line.extra-cells")));
            } else if (SpreadsheetFormula.looksLikeOne(value)) {
                errors.add(new CellError(column, error("import.cell.formula")));
            }
        });
        String externalId = line.cell("id_externe").strip();
        if (externalId.isEmpty()) {
            errors.add(new CellError("id_externe", error("form.error.required")));
        } else if (!EXTERNAL_ID.matcher(externalId).matches()) {
            errors.add(new CellError("id_externe", error("import.cell.external-id")));
        }
        String resident = line.cell("resident").strip().toLowerCase(Locale.ROOT);
        if (!resident.equals("oui") && !resident.equals("non")) {
            errors.add(new CellError("resident", error("import.cell.yes-no")));
        }
        var primary = section(rules, Section.GUARDIAN, line, errors, Map.of("civility", "resp1_civilite",
                "lastName", "resp1_nom", "firstName", "resp1_prenom", "birthDate", "resp1_naissance",
                "addressLine", "resp1_adresse", "postalCode", "resp1_code_postal", "city", "resp1_ville",
                "phoneMobile", "resp1_telephone", "email", "resp1_email"));
        var second = optional(rules, Section.SECOND_GUARDIAN, line, errors, Map.of("civility", "resp2_civilite",
                "lastName", "resp2_nom", "firstName", "resp2_prenom", "phoneMobile", "resp2_telephone",
                "email", "resp2_email"));
        var allowance = optional(rules, Section.ALLOWANCE, line, errors, Map.of("allowanceFund", "caisse",
                "allowanceNumber", "numero_allocataire", "quotient", "qf", "quotientSince", "qf_depuis"));
        var bank = optional(rules, Section.BANK, line, errors, Map.of("bankHolder", "iban_titulaire",
                "iban", "iban", "bic", "bic"));
        var children = new ArrayList<FormCheck>();
        for (int i = 1; i <= FamilyFile.MAX_CHILDREN; i++) {
            var child = optional(rules, Section.NEW_CHILD, line, errors, Map.of("firstName", "enfant" + i + "_prenom",
                    "lastName", "enfant" + i + "_nom", "birthDate", "enfant" + i + "_naissance",
                    "sex", "enfant" + i + "_sexe"));
            if (child != null) {
                children.add(child);
            }
        }
        errors.sort(java.util.Comparator.comparingInt(e -> columnOrder(e.column())));
        return new ImportLine(line.number(), externalId, "Famille " + primary.value("lastName"),
                resident.equals("oui"), primary, second, allowance, bank, children, errors, digest(line));
    }

    /** The line's values as the file gives them: equal digests mean the same line. */
    static String digest(FamilyFile.Line line) {
        var text = new StringBuilder();
        Stream.concat(FamilyFile.REQUIRED.stream(), FamilyFile.OPTIONAL.stream())
                .forEach(c -> text.append(c).append('=').append(line.cell(c).strip()).append('\n'));
        return FamilyImports.sha256(text.toString());
    }

    private static FormCheck optional(AccountRequestForm.SectionCheck rules, Section section, FamilyFile.Line line,
                                      List<CellError> errors, Map<String, String> columns) {
        boolean any = columns.values().stream().anyMatch(c -> !line.cell(c).isBlank());
        return any ? section(rules, section, line, errors, columns) : null;
    }

    private static FormCheck section(AccountRequestForm.SectionCheck rules, Section section, FamilyFile.Line line,
                                     List<CellError> errors, Map<String, String> columns) {
        var raw = new LinkedHashMap<String, String>();
        columns.forEach((field, column) -> {
            String value = line.cell(column);
            raw.put(field, field.equals("sex") || field.equals("allowanceFund") ? value.toUpperCase(Locale.ROOT)
                    : value);
        });
        var check = rules.check(section, raw);
        check.errors().forEach((field, error) -> {
            String column = columns.get(field);
            if (column == null) {
                // a rule between fields that lands on a field the file has no column for
                column = columns.getOrDefault("phoneMobile", columns.values().iterator().next());
            }
            String target = column;
            if (errors.stream().noneMatch(e -> e.column().equals(target))) {
                errors.add(new CellError(target, error));
            }
        });
        return check;
    }

    private static int columnOrder(String column) {
        int i = FamilyFile.REQUIRED.indexOf(column);
        if (i >= 0) {
            return i;
        }
        int j = FamilyFile.OPTIONAL.indexOf(column);
        return j >= 0 ? 100 + j : -1;
    }

    private static FieldError error(String key, Object... args) {
        return new FieldError(key, args);
    }
}
