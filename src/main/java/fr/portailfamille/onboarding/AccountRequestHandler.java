package fr.portailfamille.onboarding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import fr.portailfamille.account.AccountInvitations;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.RequestTransitionException;
import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestView;
import fr.portailfamille.shared.Town;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An accepted account request creates the household (the responsable, the address, the children) and the parent's
 * account, whose login is the e-mail address, with an invitation link to choose a password (account's
 * {@link AccountInvitations}, mailed through the outbox); a refused one is answered by e-mail with the agent's reason.
 */
@Component
class AccountRequestHandler implements RequestHandler {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Households households;
    private final AccountRequestStore store;
    private final AccountRequests accountRequests;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Town town;
    private final AccountInvitations invitations;

    AccountRequestHandler(Households households, AccountRequestStore store, AccountRequests accountRequests,
                          ApplicationEventPublisher events, MessageSource messages, Town town,
                          AccountInvitations invitations) {
        this.invitations = invitations;
        this.households = households;
        this.store = store;
        this.accountRequests = accountRequests;
        this.events = events;
        this.messages = messages;
        this.town = town;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(AccountRequests.KIND);
    }

    @Override
    public void apply(RequestView request) {
        var p = request.proposed();
        var guardian = new Guardian(p.get("civility"), p.get("lastName"), p.get("firstName"),
                date(p.get("birthDate")), p.get("addressLine"), p.get("postalCode"), p.get("city"), null,
                blankToNull(p.get("phoneMobile")), null, p.get("email"), null, null);
        String townPostalCode = town.settings().postalCode();
        boolean resident = townPostalCode != null && townPostalCode.equals(p.get("postalCode"));
        long householdId = households.create("Famille " + p.get("lastName"), p.get("addressLine"),
                p.get("postalCode"), p.get("city"), resident, guardian);
        for (var child : AccountRequestForm.children(p)) {
            households.addChild(householdId, child.get("firstName"), child.get("lastName"),
                    LocalDate.parse(child.get("birthDate")), child.get("sex"), null, null);
        }
        store.householdCreated(request.id(), householdId);
        try {
            invitations.inviteFamilyMember(householdId, p.get("email"), p.get("firstName") + " " + p.get("lastName"));
        } catch (AccountInvitations.LoginTakenException e) {
            throw new RequestTransitionException("onboarding.error.login-taken");
        }
    }

    @Override
    public void released(RequestView request) {
        if (request.status() != RequestStatus.REFUSED) {
            return;
        }
        store.byRequest(request.id()).ifPresent(row -> events.publishEvent(accountRequests.mail(row.email(),
                "onboarding.mail.refused.subject", "onboarding.mail.refused.body",
                request.comment() == null ? "" : request.comment().strip())));
    }

    @Override
    public String displayValue(String kind, String field, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (field.endsWith("irthDate")) {
            return FRENCH_DAY.format(LocalDate.parse(value));
        }
        if (field.endsWith("Sex")) {
            return messages.getMessage("option.sex." + value, null, value, locale);
        }
        return value;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
