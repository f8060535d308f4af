package fr.portailfamille.documents;

import java.util.Set;

import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestView;

import org.springframework.stereotype.Component;

/** Applies the agent's decision on a document: accepted with its validity end, refused with the reason. */
@Component
class DocumentRequestHandler implements RequestHandler {

    private final Documents documents;

    DocumentRequestHandler(Documents documents) {
        this.documents = documents;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(Documents.KIND);
    }

    @Override
    public void apply(RequestView request) {
        documents.applied(request);
    }

    @Override
    public void released(RequestView request) {
        documents.released(request);
    }
}
