package fr.portailfamille.account;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Refused before checking the password: too many failures for this login or address. */
class ThrottledLoginException extends AuthenticationException {

    private final transient ThrottlePolicy.Verdict verdict;

    ThrottledLoginException(ThrottlePolicy.Verdict verdict) {
        super("throttled");
        this.verdict = verdict;
    }

    ThrottlePolicy.Verdict.Kind kind() {
        return verdict.kind();
    }

    Instant retryAt() {
        return verdict.retryAt();
    }
}
