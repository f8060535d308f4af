package fr.portailfamille.family;

import java.util.List;

import fr.portailfamille.requests.RequestView;

/**
 * A section as a page shows it: its validated values, and the pending request with what it asks.
 *
 * @param editLink where the family (or the agent) edits the section; null when not editable there
 */
public record SectionCard(Section section, List<Row> rows, boolean empty, RequestView pending, List<Row> asked,
                          String editLink) {

    /** One label and value; {@code group} titles the rows of one pick-up person. */
    public record Row(String labelKey, String value, String group) {
    }
}
