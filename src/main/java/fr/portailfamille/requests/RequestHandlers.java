package fr.portailfamille.requests;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The handler registered for each kind of request. */
@Component
class RequestHandlers {

    private final Map<String, RequestHandler> byKind = new HashMap<>();

    RequestHandlers(ObjectProvider<RequestHandler> handlers) {
        for (var handler : handlers.orderedStream().toList()) {
            for (var kind : handler.kinds()) {
                if (byKind.putIfAbsent(kind, handler) != null) {
                    throw new IllegalStateException("Two handlers for request kind " + kind);
                }
            }
        }
    }

    RequestHandler of(String kind) {
        var handler = byKind.get(kind);
        if (handler == null) {
            throw new IllegalArgumentException("No handler for request kind " + kind);
        }
        return handler;
    }
}
