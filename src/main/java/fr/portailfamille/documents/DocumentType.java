package fr.portailfamille.documents;

import java.util.Set;

/** A document the town asks for, of whom ({@link DocumentAudience}), and the activities that require it. */
public record DocumentType(long id, String name, DocumentScope scope, DocumentAudience audience, Validity validity,
                           Integer validityMonths, boolean health, Set<Long> activityIds) {

    public boolean perChild() {
        return scope == DocumentScope.CHILD;
    }

    /**
     * The name the audit trail and the request's subject may carry: a health document (PAI, certificat médical,
     * carnet de vaccination) is named only as « document de santé ».
     */
    String traceableName() {
        return health ? "document de santé" : name;
    }
}
