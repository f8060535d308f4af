package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.Formats;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Déclarer une absence. Days still before their cancellation deadline are freed (and their places go to the
 * waiting list); later days stay booked as absent and billable, and the family's justification becomes a
 * request an agent may accept (then those days are not billed).
 */
@Service
@Transactional
public class Absences {

    static final String KIND = "agenda.absence";
    static final int MAX_DAYS = 62;
    static final int MAX_DAYS_BACK = 30;

    private final AbsenceStore absences;
    private final ReservationStore reservations;
    private final Reservations booking;
    private final Households households;
    private final Activities activities;
    private final Requests requests;
    private final Formats formats;
    private final Clock clock;

    Absences(AbsenceStore absences, ReservationStore reservations, Reservations booking, Households households,
             Activities activities, Requests requests, Formats formats, Clock clock) {
        this.absences = absences;
        this.reservations = reservations;
        this.booking = booking;
        this.households = households;
        this.activities = activities;
        this.requests = requests;
        this.formats = formats;
        this.clock = clock;
    }

    /** What the declaration did. */
    public record Declared(long absenceId, int freedDays, int lateDays) implements java.io.Serializable {
    }

    public Declared declare(long householdId, long childId, LocalDate first, LocalDate last, AbsenceReason reason,
                            String comment, UploadedFile certificate) {
        var child = households.child(householdId, childId);
        long id = absences.insert(householdId, childId, first, last, reason, comment, certificate, clock.instant());
        LocalDateTime now = LocalDateTime.now(clock);
        int freed = 0;
        int late = 0;
        for (var r : reservations.ofChild(childId, first, last)) {
            if (r.status() == ReservationStatus.REQUESTED && r.requestId() != null) {
                // not effective yet: withdrawing the request (request locked first, as agents do) frees the place
                if (booking.withdrawIfPending(householdId, r.requestId())) {
                    reservations.markAbsent(r.id(), ReservationStatus.CANCELLED, false, false, id, clock.instant());
                    freed++;
                    continue;
                }
            }
            var row = reservations.lock(r.id()).orElseThrow();
            if (!row.status().active() || row.status() == ReservationStatus.ABSENT) {
                continue;
            }
            var activity = activities.get(row.activityId());
            boolean inTime = activity.cancellationOpen(row.day(), now);
            if (row.status() == ReservationStatus.RESERVED && !inTime) {
                reservations.markAbsent(row.id(), ReservationStatus.ABSENT, true, true, id, clock.instant());
                late++;
            } else {
                booking.release(activity, row, ReservationStatus.CANCELLED);
                reservations.markAbsent(row.id(), ReservationStatus.CANCELLED, false, false, id, clock.instant());
                freed++;
            }
        }
        Long requestId = null;
        if (late > 0) {
            Map<String, String> proposed = new LinkedHashMap<>();
            proposed.put("child", child.fullName());
            proposed.put("days", formats.day(first) + " – " + formats.day(last));
            proposed.put("billable-days", String.valueOf(late));
            proposed.put("reason", reason.name());
            proposed.put("certificate", certificate == null ? "non" : "oui");
            requestId = requests.submitAlongside(new NewRequest(householdId, KIND, id,
                    child.fullName() + " — absence du " + formats.day(first) + " au " + formats.day(last), proposed,
                    Map.of()));
        }
        absences.counts(id, freed, late, requestId);
        return new Declared(id, freed, late);
    }

    @Transactional(readOnly = true)
    public List<AbsenceView> ofChild(long householdId, long childId) {
        households.child(householdId, childId);
        return absences.ofChild(childId);
    }

    /** The certificate of an absence of this household's child; 404 otherwise. */
    @Transactional(readOnly = true)
    public UploadedFile certificate(long householdId, long childId, long absenceId) {
        households.child(householdId, childId);
        absences.find(absenceId).filter(a -> a.householdId() == householdId && a.childId() == childId)
                .orElseThrow(() -> new NotFoundException("absence"));
        return absences.certificate(absenceId).orElseThrow(() -> new NotFoundException("certificate"));
    }

    /** For agents deciding the justification. */
    @Transactional(readOnly = true)
    public UploadedFile certificate(long absenceId) {
        return absences.certificate(absenceId).orElseThrow(() -> new NotFoundException("certificate"));
    }

    void justificationAccepted(long absenceId) {
        reservations.setBillable(absenceId, false);
    }
}
