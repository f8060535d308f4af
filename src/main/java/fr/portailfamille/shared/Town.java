package fr.portailfamille.shared;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The town's settings, read once and kept (they change only through {@link #save}). */
@Component
public class Town {

    private static final TownSettings UNSET = new TownSettings("Portail Famille", "Service Jeunesse", "", "", "",
            null, null);

    private final JdbcClient jdbc;
    private final AtomicReference<TownSettings> cached = new AtomicReference<>();

    Town(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TownSettings settings() {
        TownSettings settings = cached.get();
        if (settings == null) {
            settings = jdbc.sql("""
                    SELECT name, service_name, address_line, postal_code, city, phone, email
                      FROM town_settings WHERE id = 1""").query(TownSettings.class).optional().orElse(UNSET);
            if (settings != UNSET) {
                cached.set(settings);
            }
        }
        return settings;
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
        cached.set(s);
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
