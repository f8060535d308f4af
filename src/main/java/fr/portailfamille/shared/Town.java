package fr.portailfamille.shared;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The town's settings, read once and kept, the defaults included when no row exists yet (they change only through
 * {@link #save}, which replaces the kept value; another instance sees a change within {@link #TTL}).
 */
@Component
public class Town {

    private static final TownSettings UNSET = new TownSettings("Portail Famille", "Service Jeunesse", "", "", "",
            null, null);

    private final JdbcClient jdbc;
    static final java.time.Duration TTL = java.time.Duration.ofMinutes(1);
    private final AtomicReference<Kept> cached = new AtomicReference<>();

    private record Kept(TownSettings settings, long readAt) {
    }

    private final AtomicReference<KeptLimit> limit = new AtomicReference<>();

    private record KeptLimit(java.util.Optional<Money> limit, long readAt) {
    }

    Town(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TownSettings settings() {
        Kept kept = cached.get();
        long now = System.nanoTime();
        if (kept == null || now - kept.readAt() > TTL.toNanos()) {
            var settings = jdbc.sql("""
                    SELECT name, service_name, address_line, postal_code, city, phone, email
                      FROM town_settings WHERE id = 1""").query(TownSettings.class).optional().orElse(UNSET);
            kept = new Kept(settings, now);
            cached.set(kept); // "no row" is kept too: the defaults are not re-read on every page
        }
        return kept.settings();
    }

    /**
     * « Refuser les réservations au-delà d'un impayé de X € »: the limit on a household's overdue balance, empty when
     * the town set none (the default). Kept like the settings ({@link #TTL}).
     */
    public java.util.Optional<Money> unpaidBookingLimit() {
        KeptLimit kept = limit.get();
        long now = System.nanoTime();
        if (kept == null || now - kept.readAt() > TTL.toNanos()) {
            var cents = jdbc.sql("SELECT unpaid_booking_limit_cents FROM town_settings WHERE id = 1")
                    .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, Long.class))).optional()
                    .flatMap(o -> o);
            kept = new KeptLimit(cents.map(Money::ofCents), now);
            limit.set(kept);
        }
        return kept.limit();
    }

    /** Sets (or, with an empty value, removes) the limit; the town's row is created with the defaults if missing. */
    public void saveUnpaidBookingLimit(java.util.Optional<Money> value) {
        if (jdbc.sql("SELECT COUNT(*) FROM town_settings WHERE id = 1").query(Integer.class).single() == 0) {
            save(settings());
        }
        jdbc.sql("UPDATE town_settings SET unpaid_booking_limit_cents = :cents WHERE id = 1")
                .param("cents", value.map(Money::cents).orElse(null), java.sql.Types.BIGINT).update();
        limit.set(new KeptLimit(value, System.nanoTime()));
    }

    public void save(TownSettings s) {
        int updated = jdbc.sql("""
                UPDATE town_settings SET name = :name, service_name = :service, address_line = :address,
                    postal_code = :postal, city = :city, phone = :phone, email = :email WHERE id = 1""")
                .params(params(s)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO town_settings (id, name, service_name, address_line, postal_code, city, phone, email)
                    VALUES (1, :name, :service, :address, :postal, :city, :phone, :email)""")
                    .params(params(s)).update();
        }
        cached.set(new Kept(s, System.nanoTime()));
    }

    private static java.util.Map<String, Object> params(TownSettings s) {
        var map = new java.util.HashMap<String, Object>();
        map.put("name", s.name());
        map.put("service", s.serviceName());
        map.put("address", s.addressLine());
        map.put("postal", s.postalCode());
        map.put("city", s.city());
        map.put("phone", s.phone());
        map.put("email", s.email());
        return map;
    }
}
