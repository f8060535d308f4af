package fr.portailfamille.documents;

import java.util.List;

/** A consent for one child: the current answer (null: never answered, which is no consent) and its history. */
public record ConsentLine(ConsentType type, ConsentRecord current, List<ConsentRecord> history) {

    public boolean given() {
        return current != null && current.given();
    }

    public String anchor() {
        return "consentement-" + type.id();
    }
}
