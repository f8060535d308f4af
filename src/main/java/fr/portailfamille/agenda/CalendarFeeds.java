package fr.portailfamille.agenda;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The private iCalendar feed of a child's effective reservations; its token can be renewed. */
@Service
@Transactional
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ReservationStore reservations;
    private final Households households;
    private final Activities activities;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, ReservationStore reservations, Households households, Activities activities,
                  Clock clock) {
        this.jdbc = jdbc;
        this.reservations = reservations;
        this.households = households;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<String> token(long householdId, long childId) {
        households.child(householdId, childId);
        return jdbc.sql("SELECT token FROM calendar_feed WHERE child_id = :c").param("c", childId)
                .query(String.class).optional();
    }

    /** A new token; the old URL stops working at once. */
    String renew(long householdId, long childId) {
        households.child(householdId, childId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("DELETE FROM calendar_feed WHERE child_id = :c").param("c", childId).update();
        jdbc.sql("""
                INSERT INTO calendar_feed (child_id, household_id, token, created_at) VALUES (:c, :h, :t, :at)""")
                .param("c", childId).param("h", householdId).param("t", token)
                .param("at", ReservationStore.utc(clock.instant())).update();
        return token;
    }

    /** The calendar for a token; 404 for an unknown or renewed one. */
    @Transactional(readOnly = true)
    String calendar(String token) {
        record Feed(long childId, long householdId) {
        }
        var feed = jdbc.sql("SELECT child_id, household_id FROM calendar_feed WHERE token = :t").param("t", token)
                .query((rs, n) -> new Feed(rs.getLong("child_id"), rs.getLong("household_id"))).optional()
                .orElseThrow(() -> new NotFoundException("feed"));
        var child = households.child(feed.householdId(), feed.childId());
        var names = new java.util.HashMap<Long, String>();
        var events = reservations.effectiveOfChild(child.id()).stream()
                .map(r -> new ICalendarWriter.Event("reservation-" + r.id() + "@portail-famille", r.day(),
                        names.computeIfAbsent(r.activityId(), a -> activities.get(a).name()) + " — "
                                + child.firstName(), null))
                .toList();
        return ICalendarWriter.write(child.firstName() + " — réservations", events, clock.instant());
    }

}
