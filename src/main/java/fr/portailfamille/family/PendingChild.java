package fr.portailfamille.family;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.portailfamille.requests.RequestView;

/** A child whose addition the family asked for and the Service Jeunesse has not yet validated. */
public record PendingChild(long requestId, String firstName, String lastName, LocalDate birthDate, String sex,
                    Instant askedAt) {

    static PendingChild of(RequestView request) {
        var v = request.proposed();
        LocalDate birth;
        try {
            birth = v.getOrDefault("birthDate", "").isEmpty() ? null : LocalDate.parse(v.get("birthDate"));
        } catch (DateTimeParseException e) {
            birth = null;
        }
        return new PendingChild(request.id(), v.getOrDefault("firstName", ""), v.getOrDefault("lastName", ""),
                birth, v.getOrDefault("sex", ""), request.createdAt());
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
