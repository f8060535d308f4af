package fr.portailfamille.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the cards of Mon compte and of a child's page from the validated record and pending requests. */
@Component
class SectionCards {

    private final FamilyChanges changes;
    private final MessageSource messages;

    SectionCards(FamilyChanges changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    SectionCard card(Section section, long householdId, Long childId, String editLink, Locale locale) {
        var current = changes.current(section, householdId, childId);
        var pending = changes.pending(section, householdId, childId).orElse(null);
        boolean empty = current.values().stream().allMatch(String::isEmpty);
        return new SectionCard(section, rows(section, current, false, locale), empty, pending,
                pending == null ? List.of() : rows(section, pending.proposed(), true, locale, pending.changedFields()),
                editLink);
    }

    List<SectionCard> cards(List<Section> sections, long householdId, Long childId, String linkPrefix,
                            Locale locale) {
        return sections.stream().map(s -> card(s, householdId, childId, linkPrefix + s.slug(), locale)).toList();
    }

    private List<SectionCard.Row> rows(Section section, Map<String, String> values, boolean onlyChanged,
                                       Locale locale) {
        return rows(section, values, onlyChanged, locale, List.copyOf(values.keySet()));
    }

    private List<SectionCard.Row> rows(Section section, Map<String, String> values, boolean onlyChanged,
                                       Locale locale, List<String> changed) {
        var rows = new ArrayList<SectionCard.Row>();
        for (Field f : section.fields()) {
            String value = values.getOrDefault(f.name(), "");
            if (onlyChanged && !changed.contains(f.name())) {
                continue;
            }
            if (f.group() != null && value.isEmpty() && !onlyChanged) {
                continue;
            }
            String shown = FieldDisplay.of(section, f.name(), value, messages, locale);
            rows.add(new SectionCard.Row(f.labelKey(), shown.isEmpty() ? "—" : shown, f.group()));
        }
        if (onlyChanged) {
            // a request sent before a field left the section (image rights… in « Autorisations »): shown as asked
            for (String name : changed) {
                if (section.field(name).isEmpty()) {
                    section.fieldOrRetired(name).ifPresent(f -> rows.add(new SectionCard.Row(f.labelKey(),
                            FieldDisplay.of(section, name, values.getOrDefault(name, ""), messages, locale), null)));
                }
            }
        }
        if (section == Section.PHOTO || section == Section.ALLOWANCE) {
            String file = values.get(section == Section.PHOTO ? "photo" : "proof");
            if (file != null && !file.isEmpty() && (!onlyChanged || changed.contains("photo")
                    || changed.contains("proof"))) {
                rows.add(new SectionCard.Row("request-field." + (section == Section.PHOTO ? "photo" : "proof"),
                        file, null));
            }
        }
        return rows;
    }
}
