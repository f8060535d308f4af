package fr.portailfamille.family;

import java.util.List;
import java.util.Locale;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.StoredFileResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Mon compte and Mes enfants: the validated records, with pending requests and missing sections. */
@Controller
class FamilyPagesController {

    static final List<Section> ACCOUNT_SECTIONS = List.of(Section.GUARDIAN, Section.SECOND_GUARDIAN, Section.FISCAL,
            Section.ALLOWANCE, Section.BANK, Section.PAYMENT_METHOD);
    static final List<Section> CHILD_SECTIONS = List.of(Section.CHILD_IDENTITY, Section.AUTHORISATIONS,
            Section.COMPLEMENTARY, Section.HEALTH, Section.PHOTO);

    private final Households households;
    private final SectionCards cards;
    private final SectionStore sections;
    private final Completeness completeness;
    private final FamilyChanges changes;

    FamilyPagesController(Households households, SectionCards cards, SectionStore sections,
                          Completeness completeness, FamilyChanges changes) {
        this.households = households;
        this.cards = cards;
        this.sections = sections;
        this.completeness = completeness;
        this.changes = changes;
    }

    @GetMapping("/compte")
    String account(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
        long h = user.householdId();
        var household = households.household(h);
        model.addAttribute("household", household);
        model.addAttribute("children", households.children(h));
        model.addAttribute("pendingChildren", changes.pendingChildren(h));
        model.addAttribute("cards", cards.cards(ACCOUNT_SECTIONS, h, null, "/compte/", locale));
        // the mandate matters to a family paying by direct debit only
        model.addAttribute("mandate", household.paymentMethod() == PaymentMethod.DIRECT_DEBIT
                ? households.mandate(h).orElse(null) : null);
        model.addAttribute("proof", sections.document(h, SectionApplier.ALLOWANCE_PROOF).isPresent());
        model.addAttribute("missing", completeness.missing(h));
        return "family/compte";
    }

    @GetMapping("/enfants")
    String children(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("children", households.children(user.householdId()));
        model.addAttribute("pendingChildren", changes.pendingChildren(user.householdId()));
        return "family/enfants";
    }

    @GetMapping("/enfants/{childId}")
    String child(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model, Locale locale) {
        long h = user.householdId();
        var child = households.child(h, childId);
        model.addAttribute("child", child);
        model.addAttribute("cards", cards.cards(CHILD_SECTIONS, h, childId, "/enfants/" + childId + "/", locale));
        model.addAttribute("missing", completeness.missingForChild(h, child));
        model.addAttribute("hasPhoto", sections.photo(childId).isPresent());
        return "family/enfant";
    }

    /** The validated photo: this family only, never stored by shared caches. */
    @GetMapping("/enfants/{childId}/photo.jpg")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable long childId) {
        households.child(user.householdId(), childId);
        var photo = sections.photo(childId).orElseThrow(() -> new NotFoundException("photo"));
        return file(photo, true);
    }

    /** The validated CAF proof of this family. */
    @GetMapping("/compte/caf/justificatif")
    ResponseEntity<byte[]> proof(@AuthenticationPrincipal PortalUser user) {
        var proof = sections.document(user.householdId(), SectionApplier.ALLOWANCE_PROOF)
                .orElseThrow(() -> new NotFoundException("proof"));
        return file(proof, false);
    }

    static ResponseEntity<byte[]> file(SectionStore.StoredFile file, boolean inline) {
        return StoredFileResponses.of(file.contentType(), file.name(), file.content(), inline);
    }
}
