package fr.portailfamille.billing;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.PublicAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Online payment: the family's pages (Relevé de compte › Payer en ligne), the provider's server-to-server
 * notification (no session, no CSRF: it is verified by its signature), and the simulator's bank page.
 */
@Controller
class OnlinePaymentController {

    private final OnlinePayments payments;
    private final ObjectProvider<SimulatorPaymentProvider> simulator;
    private final PublicAddress address;

    OnlinePaymentController(OnlinePayments payments, ObjectProvider<SimulatorPaymentProvider> simulator,
                            PublicAddress address) {
        this.payments = payments;
        this.simulator = simulator;
        this.address = address;
    }

    @PostMapping("/releve/paiement")
    String start(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) Long invoiceId,
                 RedirectAttributes redirect) {
        try {
            var started = payments.start(user.householdId(), invoiceId, address.root());
            return "redirect:/releve/paiement/" + started.reference();
        } catch (OnlinePayments.OnlinePaymentOff e) {
            redirect.addFlashAttribute("notice", "online.off.notice");
            return "redirect:/releve";
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("notice", "online.nothing-to-pay");
            return "redirect:/releve";
        }
    }

    @GetMapping("/releve/paiement/{reference}")
    String confirm(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, Model model) {
        model.addAttribute("operation", payments.operation(user.householdId(), reference));
        model.addAttribute("checkoutUrl", payments.checkoutUrl(user.householdId(), reference));
        return "billing/paiement";
    }

    @GetMapping("/releve/paiement/{reference}/retour")
    String back(@AuthenticationPrincipal PortalUser user, @PathVariable String reference,
                RedirectAttributes redirect) {
        payments.refresh(user.householdId(), reference);
        String status = payments.operation(user.householdId(), reference).status();
        redirect.addFlashAttribute("notice", "online.status." + status);
        return "redirect:/releve";
    }

    /** Server to server, from the payment provider. */
    @PostMapping("/paiement/notification")
    @ResponseBody
    ResponseEntity<String> notification(@RequestParam java.util.Map<String, String> params) {
        try {
            var settlement = payments.notified(params);
            return settlement == OnlinePayments.Settlement.UNKNOWN_OPERATION
                    ? ResponseEntity.status(404).body(settlement.name())
                    : ResponseEntity.ok(settlement.name());
        } catch (PaymentProvider.ForgedNotificationException e) {
            return ResponseEntity.badRequest().body("REJECTED");
        }
    }

    @GetMapping("/paiement/simulateur/{operationId}")
    String simulatorPage(@AuthenticationPrincipal PortalUser user, @PathVariable String operationId, Model model) {
        requireSimulator();
        model.addAttribute("operation", payments.operationByProviderId(user.householdId(), operationId));
        model.addAttribute("operationId", operationId);
        return "billing/simulateur";
    }

    @PostMapping("/paiement/simulateur/{operationId}")
    String simulatorDecision(@AuthenticationPrincipal PortalUser user, @PathVariable String operationId,
                             @RequestParam(required = false) String decision) {
        var provider = requireSimulator();
        var operation = payments.operationByProviderId(user.householdId(), operationId);
        // the simulated bank notifies the portal exactly as the real one would: a signed notification
        payments.notified(provider.decide(operationId, "approve".equals(decision)));
        return "redirect:/releve/paiement/" + operation.reference() + "/retour";
    }

    private SimulatorPaymentProvider requireSimulator() {
        var provider = simulator.getIfAvailable();
        if (provider == null) {
            throw new fr.portailfamille.shared.NotFoundException("simulator");
        }
        return provider;
    }
}
