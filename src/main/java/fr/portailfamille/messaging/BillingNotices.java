package fr.portailfamille.messaging;

import fr.portailfamille.billing.CreditNoteIssued;
import fr.portailfamille.billing.DirectDebitAnnounced;
import fr.portailfamille.billing.DirectDebitRejected;
import fr.portailfamille.billing.MandateLapsed;
import fr.portailfamille.billing.InvoiceIssued;
import fr.portailfamille.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing tells the family through its inbox (and so the e-mail notice): an invoice issued, a credit note issued,
 * and the SEPA pre-notification of a direct debit (amount, collection date, RUM, creditor and ICS), sent when the
 * batch is prepared, at least 14 days before the collection. Amounts and dates in French; never an IBAN.
 */
@Component
class BillingNotices {

    private final SystemNotice notice;
    private final Formats formats;

    BillingNotices(SystemNotice notice, Formats formats) {
        this.notice = notice;
        this.formats = formats;
    }

    @ApplicationModuleListener
    void on(InvoiceIssued issued) {
        notice.post(issued.householdId(), notice.text("system.invoice.subject", issued.number()),
                notice.text("system.invoice.body", issued.number(), issued.amount().format(),
                        formats.day(issued.issueDate()), formats.day(issued.dueDate()))
                        + "\n\n" + notice.text("system.billing.see-statement"));
    }

    @ApplicationModuleListener
    void on(CreditNoteIssued issued) {
        notice.post(issued.householdId(), notice.text("system.credit-note.subject", issued.number()),
                notice.text("system.credit-note.body", issued.number(), issued.amount().format(),
                        issued.invoiceNumber())
                        + "\n\n" + notice.text("system.billing.see-statement"));
    }

    @ApplicationModuleListener
    void on(DirectDebitAnnounced announced) {
        notice.post(announced.householdId(),
                notice.text("system.direct-debit.subject", formats.day(announced.collectionDate())),
                notice.text("system.direct-debit.body", announced.amount().format(),
                        formats.day(announced.collectionDate()), announced.invoiceNumber())
                        + "\n\n" + notice.text("system.direct-debit.references", announced.mandateReference(),
                        announced.creditorName(), announced.creditorId())
                        + "\n\n" + notice.text("system.direct-debit.funds"));
    }

    /** The bank rejected a direct debit (R-transaction): the invoice is to be paid again, with the reason. */
    @ApplicationModuleListener
    void on(DirectDebitRejected rejected) {
        notice.post(rejected.householdId(), notice.text("system.direct-debit.rejected.subject",
                        rejected.invoiceNumber()),
                notice.text("system.direct-debit.rejected.body", rejected.amount().format(), rejected.invoiceNumber(),
                        rejected.reason())
                        + "\n\n" + notice.text("system.billing.see-statement"));
    }

    /** A mandate unused for 36 months lapsed: new bank details are needed to pay by direct debit again. */
    @ApplicationModuleListener
    void on(MandateLapsed lapsed) {
        notice.post(lapsed.householdId(), notice.text("system.mandate.lapsed.subject"),
                notice.text("system.mandate.lapsed.body", lapsed.mandateReference()));
    }
}
