package fr.portailfamille.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code PORTAIL_BASE_URL}, setting {@code portail.base-url}): every absolute link
 * (e-mails, calendar feeds, payment returns) is built from it, never from the request's {@code Host} header, which
 * the client chooses.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${portail.base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The address without a trailing slash, e.g. {@code https://famille.ville.fr}. */
    public String base() {
        return base;
    }

    /** The absolute link to a path of the portal ({@code "/messages"} → {@code https://…/messages}). */
    public String link(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The base as a URI ending with a slash, to resolve relative paths against. */
    public URI root() {
        return URI.create(base + "/");
    }
}
