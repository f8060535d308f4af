package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/**
 * What was still owed on a day on invoices past their due date, by days past due: 0 to 30, 31 to 60, more than 60.
 * Credit notes and payments count from their own date (a payment reversed since counts as never made).
 */
public record UnpaidByAge(LocalDate at, Money upTo30, Money upTo60, Money over60) {

    public Money total() {
        return Money.ofCents(upTo30.cents() + upTo60.cents() + over60.cents());
    }
}
