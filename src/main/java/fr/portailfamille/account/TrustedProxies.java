package fr.portailfamille.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port}) are believed only when
 * the connection comes from one of the proxies of the setting {@code portail.proxy.trusted} (addresses or CIDR
 * ranges, comma-separated; default {@code 127.0.0.1,::1}, a reverse proxy on the same machine; empty: none).
 *
 * <p>Tomcat's RemoteIpValve does the work ({@code server.forward-headers-strategy=native}); Boot's default list of
 * internal proxies trusts every private range (10/8, 172.16/12, 192.168/16, 100.64/10…), so anyone on such a
 * network could choose the client address seen by the login throttle. This replaces that list, after Boot's own
 * customizer, by the configured one; bare addresses become /32 or /128 ranges (Tomcat reads a bare address as a
 * regular expression).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    private final String cidrs;

    TrustedProxies(@Value("${portail.proxy.trusted:127.0.0.1,::1}") String setting) {
        this.cidrs = cidrs(setting);
    }

    /** The setting as Tomcat's CIDR list: "127.0.0.1, ::1" → "127.0.0.1/32, ::1/128"; empty → "". */
    static String cidrs(String setting) {
        List<String> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String address = entry.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!ADDRESS.matcher(address).matches() || (!address.contains(".") && !address.contains(":"))) {
                throw new IllegalArgumentException("portail.proxy.trusted: « " + address
                        + " » is not an IP address or a CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8)");
            }
            ranges.add(address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32"));
        }
        return String.join(", ", ranges);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(cidrs);
                    valve.setTrustedProxies(null);
                    LOG.info("Forwarded headers trusted from: {}", cidrs.isEmpty() ? "nobody" : cidrs);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
