package fr.portailfamille.web;

import java.util.Set;
import java.util.stream.Collectors;

import fr.portailfamille.billing.TariffBracket;
import fr.portailfamille.billing.TariffSettings;
import fr.portailfamille.billing.Tariffs;

/**
 * The town's tariff brackets and settings, shared by every family of the suite: a test that adds brackets (or
 * submits the settings form) puts them back as they were, so that other tests' prices do not change.
 */
final class TariffState {

    private final Tariffs tariffs;
    private final Set<Long> brackets;
    private final TariffSettings settings;

    private TariffState(Tariffs tariffs) {
        this.tariffs = tariffs;
        this.brackets = tariffs.brackets().stream().map(TariffBracket::id).collect(Collectors.toSet());
        this.settings = tariffs.settings();
    }

    static TariffState of(Tariffs tariffs) {
        return new TariffState(tariffs);
    }

    /** Adds a bracket with a quotient nobody has and returns its id. */
    long addBracket(String label) {
        String unique = label + " " + System.nanoTime() % 100_000;
        int min = 30_000 + (int) (System.nanoTime() % 60_000);
        while (!tariffs.addBracket(unique, min)) {
            min++;
        }
        return tariffs.brackets().stream().filter(b -> b.label().equals(unique)).findFirst().orElseThrow().id();
    }

    void restore() {
        tariffs.brackets().stream().filter(b -> !brackets.contains(b.id()))
                .forEach(b -> tariffs.deleteBracket(b.id()));
        tariffs.saveSettings(settings);
    }
}
