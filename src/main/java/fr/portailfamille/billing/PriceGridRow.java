package fr.portailfamille.billing;

import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.shared.Money;

/** One row of the price grid shown to agents: an activity and unit, one cell per bracket (null: not priced). */
record PriceGridRow(String activityCode, String activityLabel, BillingUnit unit, List<TariffPrice> cells) {

    static List<PriceGridRow> rows(List<ActivityCatalog.Activity> activities, List<TariffBracket> brackets,
                                   List<TariffPrice> prices) {
        List<PriceGridRow> rows = new ArrayList<>();
        for (var activity : activities) {
            for (BillingUnit unit : BillingUnit.values()) {
                List<TariffPrice> cells = new ArrayList<>();
                boolean any = false;
                for (var bracket : brackets) {
                    TariffPrice price = prices.stream().filter(p -> p.activityCode().equals(activity.code())
                            && p.unit() == unit && p.bracketId() == bracket.id()).findFirst().orElse(null);
                    any |= price != null;
                    cells.add(price);
                }
                if (any) {
                    rows.add(new PriceGridRow(activity.code(), activity.label(), unit, cells));
                }
            }
        }
        return rows;
    }

    static String euros(Money m) {
        return m.format();
    }
}
