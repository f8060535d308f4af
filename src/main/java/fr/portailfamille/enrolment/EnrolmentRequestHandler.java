package fr.portailfamille.enrolment;

import java.util.Set;

import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.RequestView;

import org.springframework.stereotype.Component;

/** Applies the enrolment requests an agent decides. */
@Component
class EnrolmentRequestHandler implements RequestHandler {

    private final EnrolmentStore store;

    EnrolmentRequestHandler(EnrolmentStore store) {
        this.store = store;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(Enrolments.ACTIVITY_KIND, Enrolments.SCHOOL_KIND);
    }

    @Override
    public void apply(RequestView request) {
        if (request.kind().equals(Enrolments.ACTIVITY_KIND)) {
            store.setStatus("enrolment", request.subjectId(), "ACTIVE");
        } else {
            store.setStatus("school_enrolment", request.subjectId(), "ACCEPTED");
        }
    }

    @Override
    public void released(RequestView request) {
        String status = request.status() == RequestStatus.REFUSED ? "REFUSED" : "WITHDRAWN";
        store.setStatus(request.kind().equals(Enrolments.ACTIVITY_KIND) ? "enrolment" : "school_enrolment",
                request.subjectId(), status);
    }

    @Override
    public boolean bulkAcceptable(String kind) {
        return kind.equals(Enrolments.ACTIVITY_KIND);
    }
}
