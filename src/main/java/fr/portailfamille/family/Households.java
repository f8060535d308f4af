package fr.portailfamille.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family module's face: validated household records, their guardians and children.
 * Every read that takes a child id also takes the household id, so that ownership is checked here.
 */
@Service
@Transactional(readOnly = true)
public class Households {

    static final String PRIMARY = "PRIMARY";
    static final String SECOND = "SECOND";

    private final HouseholdStore store;
    private final Completeness completeness;
    private final SepaMandates mandates;
    private final CareSummaries care;
    private final AuditTrail audit;
    private final Clock clock;

    Households(HouseholdStore store, Completeness completeness, SepaMandates mandates, CareSummaries care,
               AuditTrail audit, Clock clock) {
        this.store = store;
        this.completeness = completeness;
        this.mandates = mandates;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mandatory sections of the household and its children not yet validated (Accueil, child page). */
    public List<MissingSection> missingSections(long householdId) {
        return completeness.missing(householdId);
    }

    /**
     * The mandatory sections of this child's record (Autorisations, Données complémentaires, Données sanitaires)
     * not yet validated, a pending request counting as missing; 404 for another household's child.
     */
    public List<MissingSection> missingSections(long householdId, long childId) {
        return completeness.missingForChild(householdId, child(householdId, childId));
    }

    /**
     * What the staff must know of these children on an activity's day (allergies, PAI, diet, pick-up persons), read
     * in one query from the validated record. Health data: each child's viewing by {@code viewer} is written to the
     * audit trail with {@code context} (e.g. the attendance list it appears on). Unknown ids are left out.
     */
    @Transactional
    public Map<Long, CareSummary> careSummaries(Collection<Long> childIds, String viewer, String context) {
        var summaries = new java.util.LinkedHashMap<Long, CareSummary>();
        care.of(childIds.stream().distinct().toList()).forEach((childId, viewed) -> {
            audit.record(viewer, "HEALTH_RECORD_VIEWED", viewed.householdId(),
                    viewed.childName() + " (#" + childId + ") — " + context, null);
            summaries.put(childId, viewed.summary());
        });
        return summaries;
    }

    /** The active SEPA mandate (RUM, signature date, IBAN masked), if any. */
    public java.util.Optional<MandateView> mandate(long householdId) {
        return mandates.active(householdId).map(SepaMandates.Row::view);
    }

    /**
     * The households to collect by SEPA direct debit: payment method prélèvement and an active mandate, with the
     * full IBAN for the pain.008 file (billing's direct debits). Never display or log what this returns.
     */
    public List<DirectDebitAccount> directDebitAccounts() {
        return mandates.directDebitAccounts();
    }

    /**
     * Billing found the mandate unused for 36 months: it lapses (SEPA rulebook). The household's next direct debit
     * needs a new mandate, signed with new bank details.
     */
    @Transactional
    public boolean lapseMandate(long householdId, String mandateReference, LocalDate on) {
        return mandates.lapse(householdId, mandateReference, on);
    }

    /** The household with guardians, IBAN masked. */
    public HouseholdView household(long householdId) {
        var h = store.find(householdId).orElseThrow(() -> new NotFoundException("household"));
        return new HouseholdView(h.id(), h.name(), h.addressLine(), h.postalCode(), h.city(), h.resident(),
                store.guardian(householdId, PRIMARY).orElse(null), store.guardian(householdId, SECOND).orElse(null),
                h.fiscal(), h.allowance(), h.bank().masked(), h.paymentMethod());
    }

    /**
     * Checks typed values as the section's form of the family record does (every field, then the rules between
     * fields), without submitting anything: other modules' forms reuse the family's validation through it.
     */
    public FormCheck check(Section section, Map<String, String> raw) {
        var result = SectionForm.validate(section, raw, LocalDate.now(clock));
        return new FormCheck(result.values(), result.errors());
    }

    /** Households whose primary or second guardian has this e-mail address (case-insensitive). */
    public List<Long> withGuardianEmail(String email) {
        return email == null || email.isBlank() ? List.of() : store.householdsWithGuardianEmail(email.strip());
    }

    public List<ChildView> children(long householdId) {
        return store.children(householdId);
    }

    /** A child of this household; 404 when the child belongs to another household or does not exist. */
    public ChildView child(long householdId, long childId) {
        return store.child(childId).filter(c -> c.householdId() == householdId)
                .orElseThrow(() -> new NotFoundException("child"));
    }

    public List<HouseholdSummary> search(String text) {
        return text == null || text.isBlank() ? List.of() : store.search(text.trim(), 50);
    }

    public List<HouseholdSummary> summaries(List<Long> ids) {
        return store.summaries(ids);
    }

    public long countHouseholds() {
        return store.countHouseholds();
    }

    public long countChildren() {
        return store.countChildren();
    }

    @Transactional
    public long create(String name, String addressLine, String postalCode, String city, boolean resident,
                       Guardian primary) {
        long id = store.insertHousehold(name, addressLine, postalCode, city, resident);
        store.saveGuardian(id, PRIMARY, primary);
        return id;
    }

    @Transactional
    public void setSecondGuardian(long householdId, Guardian second) {
        store.saveGuardian(householdId, SECOND, second);
    }

    @Transactional
    public void setFiscal(long householdId, FiscalData fiscal) {
        store.saveFiscal(householdId, fiscal);
    }

    @Transactional
    public void setAllowance(long householdId, AllowanceData allowance) {
        store.saveAllowance(householdId, allowance);
    }

    /**
     * Bank details and payment method validated at once (an agent's correction at the desk, the demo town), the
     * mandate signed today: see {@link #setBankDetails(long, BankDetails, PaymentMethod, LocalDate)}.
     */
    @Transactional
    public void setBankDetails(long householdId, BankDetails bank, PaymentMethod method) {
        setBankDetails(householdId, bank, method, LocalDate.now(clock));
    }

    /**
     * Bank details and payment method validated at once. The SEPA mandate follows the bank details as when an
     * agent accepts them: created with a new RUM signed on {@code signedOn}, amended for a new IBAN, revoked when
     * the bank details are removed.
     *
     * @throws InvalidBankDetailsException if the IBAN is not valid
     * @throws IllegalArgumentException    if an IBAN is given without its holder, or direct debit without an IBAN
     */
    @Transactional
    public void setBankDetails(long householdId, BankDetails bank, PaymentMethod method, LocalDate signedOn) {
        store.find(householdId).orElseThrow(() -> new NotFoundException("household"));
        BankDetails valid = bank.isEmpty() ? BankDetails.NONE
                : new BankDetails(bank.holder(), Iban.parse(bank.iban()).value(), bank.bic());
        if (!valid.isEmpty() && (valid.holder() == null || valid.holder().isBlank())) {
            throw new IllegalArgumentException("an IBAN needs its holder");
        }
        if (valid.isEmpty() && method == PaymentMethod.DIRECT_DEBIT) {
            throw new IllegalArgumentException("direct debit needs bank details");
        }
        store.saveBank(householdId, valid);
        store.savePaymentMethod(householdId, method);
        mandates.bankDetailsAccepted(householdId, valid, signedOn, LocalDate.now(clock));
    }

    @Transactional
    public long addChild(long householdId, String firstName, String lastName, LocalDate birthDate, String sex,
                         String school, String schoolClass) {
        long id = store.insertChild(householdId, firstName, lastName, birthDate, sex);
        store.saveSchooling(id, school, schoolClass);
        return id;
    }

    /** Of these households, the resident ones (one query; the lottery's residents rule). */
    public java.util.Set<Long> residents(java.util.Collection<Long> householdIds) {
        return store.residents(householdIds);
    }

    /** These children by id, whatever their household (for a module that holds the ids already checked). */
    public java.util.Map<Long, ChildView> childrenById(java.util.Collection<Long> childIds) {
        return store.childrenById(childIds);
    }
}
