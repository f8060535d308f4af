package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.billing.BillingUnit;
import fr.portailfamille.billing.DirectDebits;
import fr.portailfamille.billing.Invoicing;
import fr.portailfamille.billing.Ledger;
import fr.portailfamille.billing.RecordedBillableDays;
import fr.portailfamille.family.AllowanceData;
import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.shared.Formats;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Billing's events reach the family's inbox (after the billing transaction commits, asynchronously): an invoice
 * issued by the monthly run, a credit note, and the SEPA pre-notification of a direct debit.
 */
@PortalTest
class BillingNoticesTests {

    private static final String IBAN = "FR7630006000011234567890189";

    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Households households;
    @Autowired Invoicing invoicing;
    @Autowired RecordedBillableDays agenda;
    @Autowired Ledger ledger;
    @Autowired DirectDebits directDebits;
    @Autowired Inbox inbox;
    @Autowired Formats formats;
    @Autowired JdbcClient jdbc;

    record Notice(String subject, String origin, String author, String body) {
    }

    @AfterEach
    void clear() {
        agenda.clear();
    }

    private List<Notice> awaitNotices(long householdId, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadForFamily(householdId) >= count);
        return jdbc.sql("""
                SELECT c.subject, c.origin, m.author, m.body FROM conversation c
                  JOIN inbox_message m ON m.conversation_id = c.id
                 WHERE c.household_id = :h ORDER BY m.id""").param("h", householdId).query(Notice.class).list();
    }

    @Test
    void anInvoiceIssuedByTheMonthlyRunIsAnnouncedToTheFamily() {
        var family = fixtures.family("Facturee");
        households.setAllowance(family.householdId(), new AllowanceData("CAF", "1", 742, LocalDate.of(2031, 1, 1)));
        var month = YearMonth.of(2031, 5);
        for (int day : new int[] {5, 12}) {
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.DAY,
                    month.atDay(day), false));
        }
        invoicing.run(month, LocalDate.of(2031, 6, 3));

        var notices = awaitNotices(family.householdId(), 1);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.origin()).isEqualTo("SYSTEM");
            assertThat(n.author()).isEqualTo("SYSTEM");
            assertThat(n.subject()).startsWith("Nouvelle facture n° ");
            // bracket 2 of the demo grid: a day at 12,00 €
            assertThat(n.body()).contains("d'un montant de 24,00\u00a0€", "du 03/06/2031", "Date d'échéance : 03/07/2031",
                    "Relevé de compte");
            String number = n.subject().substring("Nouvelle facture n° ".length());
            assertThat(n.body()).contains("facture n° " + number);
        });
    }

    @Test
    void aCreditNoteIsAnnouncedWithItsAmountAndInvoice() {
        var family = fixtures.family("Avoir");
        long invoiceId = ledger.issueInvoice(family.householdId(), LocalDate.of(2031, 2, 3), LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 1, 31), LocalDate.of(2031, 3, 3), 12_345);
        ledger.issueCreditNote(family.householdId(), invoiceId, LocalDate.of(2031, 2, 10), 1_234, "Erreur");

        var notices = awaitNotices(family.householdId(), 1);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.subject()).matches("Avoir n° AV-2031-\\d{6}");
            assertThat(n.body()).contains("d'un montant de 12,34\u00a0€", "sur votre facture n° ", "Relevé de compte");
        });
    }

    @Test
    void aDirectDebitIsPreNotifiedWithAmountDateMandateAndCreditorButNoIban() {
        var family = fixtures.family("Preavis");
        households.setBankDetails(family.householdId(), new BankDetails("Alice Preavis", IBAN, "AGRIFRPP"),
                PaymentMethod.DIRECT_DEBIT, LocalDate.of(2025, 9, 1));
        String rum = households.mandate(family.householdId()).orElseThrow().reference();
        ledger.issueInvoice(family.householdId(), LocalDate.of(2031, 3, 3), LocalDate.of(2031, 2, 1),
                LocalDate.of(2031, 2, 28), LocalDate.of(2031, 4, 3), 4_550);
        LocalDate collection = clock.today().plusDays(DirectDebits.PRE_NOTIFICATION_DAYS + 2);

        directDebits.prepare(collection);
        var notices = awaitNotices(family.householdId(), 1);

        String day = formats.day(collection);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Avis de prélèvement SEPA du " + day);
            assertThat(n.body()).contains("La somme de 45,50\u00a0€ sera prélevée sur votre compte bancaire le " + day,
                    "Référence unique de mandat (RUM) : " + rum, "Identifiant créancier SEPA (ICS) : FR12ZZZ123456",
                    "Créancier : Service Jeunesse");
            assertThat(n.body()).doesNotContain(IBAN).doesNotContain("3000 6000").doesNotContain("30006000");
        });
    }
}
