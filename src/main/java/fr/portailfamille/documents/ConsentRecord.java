package fr.portailfamille.documents;

import java.time.Instant;

/** One answer of a guardian for a child: what, when and who. Answers are never changed, only followed. */
public record ConsentRecord(long id, long childId, long typeId, ConsentAnswer answer, Instant answeredAt,
                            String answeredBy) {

    public boolean given() {
        return answer == ConsentAnswer.GIVEN;
    }
}
