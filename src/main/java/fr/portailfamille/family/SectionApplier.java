package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.portailfamille.requests.RequestTransitionException;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Component;

/**
 * Writes a section's values into the record: for an accepted request and for an agent's direct correction.
 * Runs in the caller's transaction: any failure rolls the decision back.
 */
@Component
class SectionApplier {

    static final String ALLOWANCE_PROOF = "ALLOWANCE_PROOF";

    private final SectionStore sections;
    private final HouseholdStore households;
    private final SepaMandates mandates;
    private final Clock clock;

    SectionApplier(SectionStore sections, HouseholdStore households, SepaMandates mandates, Clock clock) {
        this.sections = sections;
        this.households = households;
        this.mandates = mandates;
        this.clock = clock;
    }

    /**
     * Applies exactly these values. {@code signedOn} is the day the family sent the request (the SEPA
     * mandate's signature date). Returns the id of the child when one was created.
     */
    Long apply(Section section, long householdId, Long childId, Map<String, String> values, UploadedFile file,
               LocalDate signedOn) {
        if (section.isChildSection()) {
            households.child(childId).filter(c -> c.householdId() == householdId)
                    .orElseThrow(() -> new NotFoundException("child"));
        }
        switch (section) {
            case NEW_CHILD -> {
                return sections.createChild(householdId, values);
            }
            case PHOTO -> {
                if (file == null) {
                    throw new RequestTransitionException("family.photo.missing");
                }
                sections.savePhoto(childId, file.originalName(), file.contentType(), file.content(), clock.instant());
            }
            case PAYMENT_METHOD -> {
                if (PaymentMethod.DIRECT_DEBIT.name().equals(values.get("paymentMethod"))
                        && households.find(householdId).map(h -> h.bank().isEmpty()).orElse(true)) {
                    throw new RequestTransitionException("family.payment-method.needs-bank");
                }
                sections.write(section, householdId, childId, values);
            }
            case BANK -> {
                sections.write(section, householdId, childId, values);
                var bank = new BankDetails(blankToNull(values.get("bankHolder")), blankToNull(values.get("iban")),
                        blankToNull(values.get("bic")));
                mandates.bankDetailsAccepted(householdId, bank, signedOn, LocalDate.now(clock));
            }
            case ALLOWANCE -> {
                sections.write(section, householdId, childId, values);
                if (file != null) {
                    sections.saveDocument(householdId, ALLOWANCE_PROOF, file.originalName(), file.contentType(),
                            file.content(), clock.instant());
                }
            }
            default -> sections.write(section, householdId, childId, only(section, values));
        }
        return null;
    }

    /** The record's values now for the fields of this section. */
    LinkedHashMap<String, String> current(Section section, long householdId, Long childId) {
        return sections.read(section, householdId, childId);
    }

    private static Map<String, String> only(Section section, Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        section.fields().forEach(f -> kept.put(f.name(), values.getOrDefault(f.name(), "")));
        return kept;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
