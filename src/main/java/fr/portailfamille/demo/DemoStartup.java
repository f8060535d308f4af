package fr.portailfamille.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo on a first start, then says where to open the portal and with which logins. */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "portail.demo-data", havingValue = "true")
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData demo;

    DemoStartup(DemoData demo) {
        this.demo = demo;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!demo.present()) {
            demo.load();
            log.info("Données de démonstration chargées.");
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null ? web.getWebServer().getPort() : 8080;
        log.info("""

                ============================================================
                 Portail Famille : http://localhost:{}/
                 Famille : demo.famille / Demo-Famille-2026
                           (aussi demo.bernard / Demo-Bernard-2026, demo.petit / Demo-Petit-2026)
                 Agent   : demo.agent / Demo-Agent-2026   (http://localhost:{}/gestion)
                 Admin   : demo.admin / Demo-Admin-2026
                ============================================================""", port, port);
    }
}
