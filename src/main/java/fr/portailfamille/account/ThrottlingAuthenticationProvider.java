package fr.portailfamille.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check with throttling, and flags sessions whose password must be changed
 * (set by an agent, or an imported password that does not meet today's policy).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, PasswordPolicy policy) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String login = attempt.getName();
        String loginKey = LoginThrottle.loginKey(login);
        String addressKey = LoginThrottle.addressKey(clientAddress(attempt));
        var verdict = throttle.judge(List.of(loginKey, addressKey));
        if (!verdict.allowed()) {
            throw new ThrottledLoginException(verdict);
        }
        String rawPassword = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Authentication result;
        try {
            result = passwordCheck.authenticate(attempt);
        } catch (AuthenticationException failure) {
            throttle.recordFailure(loginKey, addressKey);
            throw failure;
        }
        throttle.recordSuccess(List.of(loginKey, addressKey));
        PortalUser user = (PortalUser) result.getPrincipal();
        if (user.mustChangePassword() || !policy.isCompliant(user.login(), rawPassword)) {
            List<GrantedAuthority> authorities = new ArrayList<>(result.getAuthorities());
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
            var flagged = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
            flagged.setDetails(result.getDetails());
            return flagged;
        }
        return result;
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
