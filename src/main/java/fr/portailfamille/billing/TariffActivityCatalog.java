package fr.portailfamille.billing;

import java.util.List;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/** The activity list kept on the tariffs page; replaced by the activities module's catalog once it exists. */
@Component
@Fallback
class TariffActivityCatalog implements ActivityCatalog {

    private final TariffStore store;

    TariffActivityCatalog(TariffStore store) {
        this.store = store;
    }

    @Override
    public List<Activity> activities() {
        return store.activities();
    }
}
