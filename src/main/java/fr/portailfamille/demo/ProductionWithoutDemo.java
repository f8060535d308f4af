package fr.portailfamille.demo;

import java.util.List;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.shared.StartRefused;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production never runs on a database that holds the demo accounts: their passwords are printed in the README, so
 * anyone could log in as the demo admin. The start is refused with what to do instead (an empty database).
 */
@Component
@Profile("prod")
class ProductionWithoutDemo {

    ProductionWithoutDemo(AccountAdministration accounts) {
        List<String> found = DemoData.LOGINS.stream().filter(accounts::loginExists).toList();
        if (!found.isEmpty()) {
            throw new StartRefused("Cette base de données contient les comptes de démonstration ("
                    + String.join(", ", found) + "), dont les mots de passe sont publics : le profil prod refuse"
                    + " de démarrer dessus.",
                    "Démarrez la production sur une base vide : créez-la (par exemple « createdb portail »), donnez-la"
                    + " dans SPRING_DATASOURCE_URL, démarrez avec SPRING_PROFILES_ACTIVE=prod (Flyway crée les"
                    + " tables, aucune donnée de démonstration n'est chargée), puis créez le premier administrateur"
                    + " (docs/exploitation.md, « Première mise en service »). Une base de démonstration se garde pour"
                    + " les essais, sans le profil prod.");
        }
    }
}
