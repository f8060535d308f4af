package fr.portailfamille.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * « Mes informations sont à jour » : once per school year, a family confirms that its record is still right (or
 * changes it through the usual requests). A family that has not confirmed the current school year sees a card on
 * Accueil; agents see who has not confirmed.
 */
@Service
@Transactional
class Certifications {

    /** What the Accueil card needs. */
    record Pending(String schoolYear) {
    }

    private final CertificationStore store;
    private final Clock clock;

    Certifications(CertificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    SchoolYear current() {
        return SchoolYear.of(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    Optional<Pending> pending(long householdId) {
        var year = current();
        return store.confirmedAt(householdId, year.start().getValue()).isPresent()
                ? Optional.empty() : Optional.of(new Pending(year.label()));
    }

    void confirm(long householdId, String by) {
        store.confirm(householdId, current().start().getValue(), clock.instant(), by);
    }

    @Transactional(readOnly = true)
    List<CertificationView> list(CertificationFilter filter, String text) {
        return filter.apply(store.all(current().start().getValue()), text);
    }
}
