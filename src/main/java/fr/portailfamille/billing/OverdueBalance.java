package fr.portailfamille.billing;

import fr.portailfamille.shared.Money;

/**
 * A household's overdue balance (invoices past their due date, still unpaid) and how it can pay it: online, or, while
 * online payment is off, as {@code paymentMethods} says.
 */
public record OverdueBalance(Money amount, boolean onlinePayment, String paymentMethods) {
}
