package fr.portailfamille.agenda;

import java.time.LocalDate;

/** A declared absence as the family sees it (never the certificate's bytes). */
public record AbsenceView(long id, long householdId, long childId, LocalDate firstDay, LocalDate lastDay,
                          AbsenceReason reason, String comment, String certificateName, int freedDays,
                          int lateDays, Long requestId) {

    public boolean hasCertificate() {
        return certificateName != null;
    }
}
