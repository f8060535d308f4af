package fr.portailfamille.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module submits on a family's behalf. {@code householdId} is null only for a request that creates its
 * household when accepted (a family asking for its account).
 */
public record NewRequest(Long householdId, String kind, Long subjectId, String subjectLabel,
                         Map<String, String> proposed, Map<String, String> current) {

    public NewRequest {
        proposed = new LinkedHashMap<>(proposed);
        current = new LinkedHashMap<>(current);
    }
}
