package fr.portailfamille.account;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié": a request names a login or an e-mail address; every enabled account it matches gets a
 * reset link by e-mail (after commit, through the outbox). The caller learns nothing about whether an account
 * matched: the answer and the work done in the request are the same (the mail leaves asynchronously).
 * Requests are throttled with the login throttle's rules, per identifier and per client address, on keys of
 * their own ({@code reset:…}), so that asking for links never locks anybody's login.
 */
@Service
class PasswordResets {

    enum Answer { ACCEPTED, THROTTLED }

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    PasswordResets(AccountStore accounts, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
    }

    static String identifierKey(String identifier) {
        return "reset:" + identifier.strip().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "reset-address:" + address;
    }

    @Transactional
    Answer request(String identifier, String clientAddress) {
        String idKey = identifierKey(identifier);
        String addressKey = addressKey(clientAddress == null ? "unknown" : clientAddress);
        if (!throttle.judge(List.of(idKey, addressKey)).allowed()) {
            return Answer.THROTTLED;
        }
        // every request counts, found or not: the throttle then slows a flood of requests the same way
        throttle.recordFailure(idKey, addressKey);
        for (AccountSummary account : accounts.byLoginOrEmail(identifier.strip())) {
            if (account.enabled()) {
                events.publishEvent(new AccountLinkRequested(account.id(), account.login(), account.householdId(),
                        account.email(), LinkPurpose.RESET));
            }
        }
        return Answer.ACCEPTED;
    }
}
