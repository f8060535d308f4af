package fr.portailfamille.billing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With PayFiP, every few minutes, the pending operations are asked for their result: a notification PayFiP could
 * not deliver is recovered, an operation whose idOp expired (15 minutes) is closed as abandoned. Safe on several
 * instances: each settlement locks its operation row.
 */
@Component
@ConditionalOnProperty(name = "portail.payment.provider", havingValue = "payfip")
class PayfipReconciliation {

    private final OnlinePayments payments;

    PayfipReconciliation(OnlinePayments payments) {
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "${portail.payment.payfip.reconcile-interval:PT5M}",
               initialDelayString = "${portail.payment.payfip.reconcile-interval:PT5M}")
    void reconcile() {
        payments.reconcile();
    }
}
