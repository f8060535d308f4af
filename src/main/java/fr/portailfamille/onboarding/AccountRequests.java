package fr.portailfamille.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.account.LinkTokens;
import fr.portailfamille.family.FieldError;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.Town;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * « Créer mon espace famille »: a family without an account sends its identity, address and children; the request
 * waits until the family confirms its e-mail address through a one-time link (24 h); then it lands in the agents'
 * queue as a request of kind {@value #KIND}. The answer to a submission never says whether the address is known.
 */
@Service
@Transactional
class AccountRequests {

    static final String KIND = "onboarding.account";
    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    /** The actor of the audit trail for a request sent from the login page. */
    static final String ONLINE = "demande en ligne";

    /** What a confirmation link is worth when the family opens it. */
    enum LinkState { VALID, CONFIRMED, USED, EXPIRED, UNKNOWN }

    private final AccountRequestStore store;
    private final Households households;
    private final AccountAdministration accounts;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Town town;
    private final Clock clock;
    private final String baseUrl;

    AccountRequests(AccountRequestStore store, Households households, AccountAdministration accounts,
                    Requests requests, ApplicationEventPublisher events, MessageSource messages, Town town,
                    Clock clock, @Value("${portail.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.households = households;
        this.accounts = accounts;
        this.requests = requests;
        this.events = events;
        this.messages = messages;
        this.town = town;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Checks the form and, when valid and within the limits, stores it and e-mails the confirmation link — or, when
     * the address already belongs to a family with an account, a reminder of how to log in. Both look the same here.
     */
    AccountRequestForm.Checked submit(AccountRequestForm.Typed typed, String clientAddress) {
        var checked = AccountRequestForm.check(typed, households::check);
        if (!checked.valid()) {
            return checked;
        }
        String email = checked.proposed().get("email").toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        var verdict = SubmissionLimit.judge(store.countFromAddressSince(clientAddress, now.minus(Duration.ofHours(1))),
                store.countForEmailSince(email, now.minus(Duration.ofDays(1))));
        if (verdict != SubmissionLimit.Verdict.ALLOWED) {
            var errors = new LinkedHashMap<String, FieldError>();
            errors.put("form", new FieldError(verdict == SubmissionLimit.Verdict.TOO_MANY_FROM_ADDRESS
                    ? "onboarding.error.too-many-address" : "onboarding.error.too-many-email", new Object[0]));
            return new AccountRequestForm.Checked(checked.proposed(), errors);
        }
        String token = LinkTokens.newToken();
        store.insert(email, clientAddress, checked.proposed(), LinkTokens.hash(token), now, now.plus(LINK_VALIDITY));
        boolean hasAccount = accounts.loginExists(email) || households.withGuardianEmail(email).stream()
                .anyMatch(h -> !accounts.accountsOfHousehold(h).isEmpty());
        events.publishEvent(hasAccount
                ? mail(email, "onboarding.mail.known.subject", "onboarding.mail.known.body", baseUrl + "/connexion")
                : mail(email, "onboarding.mail.confirm.subject", "onboarding.mail.confirm.body",
                        baseUrl + "/creer-mon-espace/confirmation?jeton=" + token));
        return checked;
    }

    /**
     * What a family typed and never confirmed is not kept: a day after its link expired (the per-address and
     * per-e-mail limits only look at the last 24 hours), the request is deleted. Every hour.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "forget-unconfirmed-account-requests",
            lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void forgetUnconfirmedEveryHour() {
        forgetUnconfirmed(); // once across instances (ShedLock locks only methods that return nothing)
    }

    int forgetUnconfirmed() {
        return store.deleteUnconfirmedExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    @Transactional(readOnly = true)
    LinkState state(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return LinkState.UNKNOWN;
        }
        return store.byTokenHash(LinkTokens.hash(token)).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /** Confirms the e-mail address: the request goes to the agents' queue. The link works once. */
    LinkState confirm(String token) {
        if (state(token) != LinkState.VALID) {
            return state(token);
        }
        var row = store.lockByTokenHash(LinkTokens.hash(token)).orElseThrow();
        var state = state(row);
        if (state != LinkState.VALID) {
            return state;
        }
        var form = row.form();
        long requestId = requests.submit(new NewRequest(null, KIND, null,
                form.get("firstName") + " " + form.get("lastName"), form, Map.of()), ONLINE, null);
        store.confirmed(row.id(), requestId, clock.instant());
        return LinkState.CONFIRMED;
    }

    private LinkState state(AccountRequestStore.Row row) {
        if (row.confirmedAt() != null) {
            return LinkState.USED;
        }
        return clock.instant().isBefore(row.expiresAt()) ? LinkState.VALID : LinkState.EXPIRED;
    }

    OnboardingMail mail(String to, String subjectKey, String bodyKey, Object... args) {
        return new OnboardingMail(to, messages.getMessage(subjectKey, new Object[] {town.settings().name()},
                Locale.FRENCH),
                messages.getMessage(bodyKey, args, Locale.FRENCH));
    }
}
