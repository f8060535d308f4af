package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.portailfamille.account.SignedValues;

import org.springframework.stereotype.Component;

/**
 * The outcomes of a « Demande de réservation » carried to the agenda page in the redirect's URL
 * ({@code ?resultats=20261210-WAITING-WAITING.20261211-RETAINED-REQUESTED.signature}) rather than in the session: at the
 * opening rush that spares each family's click a session write on the post and another on the page that removes it.
 * Signed for the household and child, so that a link cannot show another family, or a made-up outcome, to anyone;
 * the page counts the waiting-list ranks afresh each time it is shown. (At most 62 days: about 2 KB of URL. A series
 * over a term can be longer; its result page keeps the session's flash attribute.)
 */
@Component
class OutcomeLinks {

    static final String PARAM = "resultats";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SignedValues signer;

    OutcomeLinks(SignedValues signer) {
        this.signer = signer;
    }

    String write(long householdId, long childId, List<AskResult> results) {
        return signer.sign(context(householdId, childId), results.stream()
                .map(r -> DAY.format(r.day()) + "-" + r.outcome().name() + "-" + r.state().name())
                .collect(Collectors.joining(".")));
    }

    /** The outcomes, or none when the parameter is absent, damaged or signed for another household or child. */
    List<AskResult> read(long householdId, long childId, String param) {
        if (param == null || param.length() > 4_000) {
            return List.of();
        }
        return signer.verified(context(householdId, childId), param).map(OutcomeLinks::parse).orElse(List.of());
    }

    private static List<AskResult> parse(String value) {
        var results = new ArrayList<AskResult>();
        try {
            for (String entry : value.split("\\.")) {
                String[] part = entry.split("-");
                results.add(new AskResult(LocalDate.parse(part[0], DAY), AskResult.Outcome.valueOf(part[1]),
                        DayState.valueOf(part[2]), 0));
            }
        } catch (RuntimeException renamed) {
            return List.of(); // signed by an older version whose names have changed since: nothing to show
        }
        return results;
    }

    private static String context(long householdId, long childId) {
        return "agenda-outcome|" + householdId + "|" + childId;
    }
}
