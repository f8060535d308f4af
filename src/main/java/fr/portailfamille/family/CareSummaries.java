package fr.portailfamille.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the care summaries of a list of children in one query (health record, leave-alone answer and pick-up persons). */
@Repository
class CareSummaries {

    private final JdbcClient jdbc;

    CareSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A child's summary with what the audit trail names: the household and the child. */
    record Viewed(long householdId, String childName, CareSummary summary) {
    }

    private record Row(long childId, long householdId, String childName, Long healthOf, String food, String medicine, String other, boolean pai,
                       String diet, Long consentOf, boolean leaveAlone, String pickupName, String pickupRelationship,
                       String pickupPhone) {
    }

    /** Child id → summary, for the existing children among {@code childIds}. */
    Map<Long, Viewed> of(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        var rows = jdbc.sql("""
                SELECT c.id, c.household_id, c.first_name, c.last_name, h.child_id AS health_of, h.food_allergies, h.medicine_allergies, h.other_allergies,
                       h.pai, h.diet, k.child_id AS consent_of, k.leave_alone,
                       p.full_name, p.relationship, p.phone
                  FROM child c
                  LEFT JOIN child_health h ON h.child_id = c.id
                  LEFT JOIN child_consent k ON k.child_id = c.id
                  LEFT JOIN pickup_person p ON p.child_id = c.id
                 WHERE c.id IN (:ids)
                 ORDER BY c.id, p.position""")
                .param("ids", List.copyOf(childIds))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getObject("health_of", Long.class),
                        rs.getString("food_allergies"), rs.getString("medicine_allergies"),
                        rs.getString("other_allergies"), rs.getBoolean("pai"), rs.getString("diet"),
                        rs.getObject("consent_of", Long.class), rs.getBoolean("leave_alone"),
                        rs.getString("full_name"), rs.getString("relationship"), rs.getString("phone")))
                .list();
        var byChild = new LinkedHashMap<Long, List<Row>>();
        rows.forEach(r -> byChild.computeIfAbsent(r.childId(), id -> new ArrayList<>()).add(r));
        var summaries = new LinkedHashMap<Long, Viewed>();
        byChild.forEach((childId, list) -> summaries.put(childId,
                new Viewed(list.get(0).householdId(), list.get(0).childName(), summary(childId, list))));
        return summaries;
    }

    private static CareSummary summary(long childId, List<Row> rows) {
        Row first = rows.get(0);
        boolean health = first.healthOf() != null;
        String allergies = health ? CareSummary.shortAllergyText(first.food(), first.medicine(), first.other()) : "";
        var pickups = rows.stream().filter(r -> r.pickupName() != null)
                .map(r -> new CareSummary.PickupPerson(r.pickupName(), r.pickupRelationship(), r.pickupPhone()))
                .toList();
        return new CareSummary(childId, health, !allergies.isEmpty(), allergies, health && first.pai(),
                health ? first.diet() : null, first.consentOf() != null, first.consentOf() != null && first.leaveAlone(),
                pickups);
    }
}
