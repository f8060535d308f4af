package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.HouseholdView;
import fr.portailfamille.family.Households;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tariffs by quotient familial: the grid the town defines and the prices that apply to a family's children. */
@Service
@Transactional(readOnly = true)
public class Tariffs {

    private final TariffStore store;
    private final ActivityCatalog catalog;
    private final Households households;
    private final Clock clock;

    Tariffs(TariffStore store, ActivityCatalog catalog, Households households, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.households = households;
        this.clock = clock;
    }

    public TariffSettings settings() {
        return store.settings();
    }

    public List<TariffBracket> brackets() {
        return store.brackets();
    }

    public List<TariffPrice> prices() {
        return store.prices();
    }

    public List<ActivityCatalog.Activity> activities() {
        return catalog.activities();
    }

    @Transactional
    public void saveSettings(TariffSettings settings) {
        store.saveSettings(settings);
    }

    /** Adds a bracket starting at {@code quotientMin}; false when a bracket already starts there. */
    @Transactional
    public boolean addBracket(String label, int quotientMin) {
        if (store.bracketMinimumTaken(quotientMin)) {
            return false;
        }
        store.insertBracket(label, quotientMin);
        return true;
    }

    @Transactional
    public void deleteBracket(long bracketId) {
        if (store.deleteBracket(bracketId) == 0) {
            throw new fr.portailfamille.shared.NotFoundException("bracket");
        }
    }

    @Transactional
    public void savePrice(String activityCode, BillingUnit unit, long bracketId, long residentCents,
                          long nonResidentCents) {
        store.savePrice(activityCode, unit, bracketId, residentCents, nonResidentCents);
    }

    PriceBook priceBook() {
        return new PriceBook(store.brackets(), store.prices(), store.settings());
    }

    static TariffTerms terms(HouseholdView household) {
        return new TariffTerms(household.allowance().quotient(), household.allowance().quotientSince(),
                household.resident());
    }

    /**
     * What applies today to each child of the household, for every activity and unit the town has priced.
     * The rank of a child (for the reduction) is its place among the household's children, eldest first.
     */
    public List<AppliedTariff> applied(long householdId) {
        HouseholdView household = households.household(householdId);
        TariffTerms terms = terms(household);
        PriceBook book = priceBook();
        LocalDate today = LocalDate.now(clock);
        List<ChildView> children = eldestFirst(households.children(householdId));
        List<AppliedTariff> result = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildView child = children.get(i);
            int rank = i + 1;
            for (var activity : catalog.activities()) {
                for (BillingUnit unit : BillingUnit.values()) {
                    book.price(terms, rank, activity.code(), unit, today).ifPresent(p -> result.add(
                            new AppliedTariff(child.id(), child.fullName(), activity.code(), activity.label(), unit,
                                    p.bracket().label(), fr.portailfamille.shared.Money.ofCents(p.unitCents()),
                                    p.basis(), terms.quotient(), terms.quotientSince(), terms.resident(),
                                    p.reductionPercent())));
                }
            }
        }
        return result;
    }

    static List<ChildView> eldestFirst(List<ChildView> children) {
        return children.stream().sorted(Comparator.comparing(ChildView::birthDate).thenComparing(ChildView::id))
                .toList();
    }
}
