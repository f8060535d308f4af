package fr.portailfamille.agenda;

import java.util.Set;

import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.RequestView;

import org.springframework.stereotype.Component;

/** Accepting a reservation request makes it effective; refusing or withdrawing it frees its place. */
@Component
class ReservationRequestHandler implements RequestHandler {

    private final Reservations reservations;

    ReservationRequestHandler(Reservations reservations) {
        this.reservations = reservations;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(Reservations.KIND);
    }

    @Override
    public void apply(RequestView request) {
        reservations.confirm(request.subjectId(), request.id());
    }

    @Override
    public void released(RequestView request) {
        reservations.releaseRequested(request.subjectId(), request.id(),
                request.status() == RequestStatus.REFUSED ? ReservationStatus.REFUSED : ReservationStatus.CANCELLED);
    }

    @Override
    public boolean bulkAcceptable(String kind) {
        return true;
    }
}
