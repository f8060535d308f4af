/**
 * Pièces à fournir and autorisations parentales: the documents the town asks for (each sent as a demande and
 * validated by an agent, with a validity end), the consents a guardian gives or withdraws per child, and what an
 * activity requires before enrolment or booking. Faces: {@link fr.portailfamille.documents.Documents},
 * {@link fr.portailfamille.documents.Consents}, {@link fr.portailfamille.documents.Requirements}.
 * Some document types are health data: their names and files never go to logs or the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pièces et autorisations")
package fr.portailfamille.documents;
