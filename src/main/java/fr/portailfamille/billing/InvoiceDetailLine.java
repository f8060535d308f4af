package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.Money;

/** A line of an issued invoice: the basis of calculation (dates, quantity, unit price). */
public record InvoiceDetailLine(int lineNo, long childId, String childName, String activityCode,
                                String activityLabel, BillingUnit unit, boolean absence, String bracketLabel,
                                int quantity, Money unitPrice, Money amount, List<LocalDate> dates) {
}
