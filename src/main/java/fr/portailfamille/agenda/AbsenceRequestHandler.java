package fr.portailfamille.agenda;

import java.util.Set;

import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestView;

import org.springframework.stereotype.Component;

/** Accepting an absence's justification makes its late days not billable; refusing leaves them billable. */
@Component
class AbsenceRequestHandler implements RequestHandler {

    private final Absences absences;

    AbsenceRequestHandler(Absences absences) {
        this.absences = absences;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(Absences.KIND);
    }

    @Override
    public void apply(RequestView request) {
        absences.justificationAccepted(request.subjectId());
    }
}
