package fr.portailfamille.documents;

/** Whether a document is asked once per child or once per household (label {@code document-scope.<NAME>}). */
public enum DocumentScope {
    CHILD, HOUSEHOLD;

    public String messageKey() {
        return "document-scope." + name();
    }
}
