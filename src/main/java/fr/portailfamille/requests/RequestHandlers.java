package fr.portailfamille.requests;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The handler registered for each kind of request. Handlers are looked up on first use, not at start-up:
 * the modules that own them also read requests (a child's page shows its pending changes), so collecting
 * them eagerly would be a dependency cycle between beans.
 */
@Component
class RequestHandlers {

    private final ObjectProvider<RequestHandler> handlers;
    private volatile Map<String, RequestHandler> byKind;

    RequestHandlers(ObjectProvider<RequestHandler> handlers) {
        this.handlers = handlers;
    }

    RequestHandler of(String kind) {
        var handler = byKind().get(kind);
        if (handler == null) {
            throw new IllegalArgumentException("No handler for request kind " + kind);
        }
        return handler;
    }

    private Map<String, RequestHandler> byKind() {
        var known = byKind;
        if (known == null) {
            known = new HashMap<>();
            for (var handler : handlers.orderedStream().toList()) {
                for (var kind : handler.kinds()) {
                    if (known.putIfAbsent(kind, handler) != null) {
                        throw new IllegalStateException("Two handlers for request kind " + kind);
                    }
                }
            }
            byKind = known;
        }
        return known;
    }
}
