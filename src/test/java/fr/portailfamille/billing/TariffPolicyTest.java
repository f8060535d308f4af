package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final List<TariffBracket> BRACKETS = TariffPolicy.withUpperBounds(List.of(
            new TariffBracket(3, "T3", 1200, null), new TariffBracket(1, "T1", 0, null),
            new TariffBracket(2, "T2", 700, null)));
    private final TariffPolicy policy = new TariffPolicy(BRACKETS, new TariffSettings(12, 10));

    @ParameterizedTest
    @CsvSource({"0,T1", "699,T1", "700,T2", "1199,T2", "1200,T3", "5000,T3"})
    void choosesTheBracketContainingARecentQuotient(int quotient, String expected) {
        var choice = policy.bracket(new TariffTerms(quotient, TODAY.minusMonths(2), true), TODAY).orElseThrow();
        assertThat(choice.bracket().label()).isEqualTo(expected);
        assertThat(choice.basis()).isEqualTo(QuotientBasis.QUOTIENT);
    }

    @Test
    void unknownQuotientTakesTheHighestBracket() {
        var choice = policy.bracket(new TariffTerms(null, null, true), TODAY).orElseThrow();
        assertThat(choice.bracket().label()).isEqualTo("T3");
        assertThat(choice.basis()).isEqualTo(QuotientBasis.UNKNOWN);
    }

    @Test
    void quotientOlderThanTheValidityPeriodTakesTheHighestBracket() {
        var stillValid = policy.bracket(new TariffTerms(300, TODAY.minusMonths(12), true), TODAY).orElseThrow();
        var outdated = policy.bracket(new TariffTerms(300, TODAY.minusMonths(12).minusDays(1), true), TODAY)
                .orElseThrow();
        var undated = policy.bracket(new TariffTerms(300, null, true), TODAY).orElseThrow();
        assertThat(stillValid.bracket().label()).isEqualTo("T1");
        assertThat(outdated.bracket().label()).isEqualTo("T3");
        assertThat(outdated.basis()).isEqualTo(QuotientBasis.OUTDATED);
        assertThat(undated.basis()).isEqualTo(QuotientBasis.OUTDATED);
    }

    @Test
    void upperBoundsFollowTheNextMinimum() {
        assertThat(BRACKETS).extracting(TariffBracket::quotientMax).containsExactly(699, 1199, null);
    }

    @Test
    void residentAndNonResidentPricesAndSecondChildReduction() {
        var price = new TariffPrice("ALSH", BillingUnit.DAY, 1, Money.ofCents(1205), Money.ofCents(1705));
        assertThat(policy.unitPrice(price, true, 1)).isEqualTo(1205);
        assertThat(policy.unitPrice(price, false, 1)).isEqualTo(1705);
        // 1205 × 0.9 = 1084.5 → 1085 (half up), 1705 × 0.9 = 1534.5 → 1535
        assertThat(policy.unitPrice(price, true, 2)).isEqualTo(1085);
        assertThat(policy.unitPrice(price, false, 3)).isEqualTo(1535);
        assertThat(policy.reductionPercent(1)).isZero();
        assertThat(policy.reductionPercent(2)).isEqualTo(10);
    }

    @Test
    void noBracketsNoPrice() {
        assertThat(new TariffPolicy(List.of(), new TariffSettings(12, 0))
                .bracket(new TariffTerms(100, TODAY, true), TODAY)).isEmpty();
    }

    @Test
    void priceBookAnswersOnlyForPricedUnits() {
        var book = new PriceBook(BRACKETS, List.of(new TariffPrice("ALSH", BillingUnit.DAY, 2,
                Money.ofCents(1200), Money.ofCents(1700))), new TariffSettings(12, 0));
        var terms = new TariffTerms(742, TODAY.minusMonths(1), false);
        assertThat(book.price(terms, 1, "ALSH", BillingUnit.DAY, TODAY)).get()
                .extracting(PriceBook.Priced::unitCents).isEqualTo(1700L);
        assertThat(book.price(terms, 1, "ALSH", BillingUnit.MEAL, TODAY)).isEmpty();
        assertThat(book.price(new TariffTerms(100, TODAY, true), 1, "ALSH", BillingUnit.DAY, TODAY)).isEmpty();
    }
}
