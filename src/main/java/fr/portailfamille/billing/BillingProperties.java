package fr.portailfamille.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The town's billing settings ({@code portail.billing.*}).
 *
 * @param dueDays           days between the issue date and the due date
 * @param legalMention      the mention printed on invoices (public revenue title)
 * @param paymentMethods    how families can pay, printed on invoices
 * @param offlinePaymentMethods the same without online payment, printed while it is off (no provider configured)
 * @param creditorName      SEPA creditor name
 * @param creditorIban      the town's account (Trésor public) for direct debits
 * @param creditorBic       its BIC
 * @param creditorId        the town's SEPA creditor identifier (ICS)
 * @param provider          the childcare provider named on the tax certificate ({@code portail.billing.provider.name},
 *                          {@code .address}, {@code .siret}); name and address default to the town's settings
 */
@ConfigurationProperties("portail.billing")
record BillingProperties(
        @DefaultValue("30") int dueDays,
        @DefaultValue("La présente facture vaut titre de recettes exécutoire en application de l'article "
                + "L. 252 A du livre des procédures fiscales. Elle peut être contestée dans un délai de deux mois "
                + "suivant sa notification devant la juridiction compétente (article L. 1617-5 du code général des "
                + "collectivités territoriales).") String legalMention,
        @DefaultValue("Paiement en ligne par carte bancaire sur le Portail Famille, prélèvement automatique, "
                + "chèque à l'ordre du Trésor public, espèces, CESU ou virement au guichet du Service Jeunesse.")
        String paymentMethods,
        @DefaultValue("Service Jeunesse") String creditorName,
        @DefaultValue("FR7630001007941234567890185") String creditorIban,
        @DefaultValue("BDFEFRPPCCT") String creditorBic,
        @DefaultValue("FR12ZZZ123456") String creditorId,
        @DefaultValue("Prélèvement automatique, chèque à l'ordre du Trésor public, espèces, CESU ou virement au "
                + "guichet du Service Jeunesse.") String offlinePaymentMethods,
        @DefaultValue Provider provider) {

    record Provider(@DefaultValue("") String name, @DefaultValue("") String address, @DefaultValue("") String siret) {
    }
}
