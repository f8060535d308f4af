package fr.portailfamille.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private final DeviceCookies devices;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, PasswordPolicy policy,
                                     DeviceCookies devices) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.policy = policy;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String login = attempt.getName();
        String loginKey = LoginThrottle.loginKey(login);
        String addressKey = LoginThrottle.addressKey(clientAddress(attempt));
        // A browser that logged in to this login before (valid device cookie) is judged by its own counter only:
        // strangers' failures, which delay and lock the login and the address, do not stop it.
        Optional<String> deviceKey = attempt.getDetails() instanceof LoginAttemptDetails details
                ? devices.deviceKey(login, details.deviceCookie()) : Optional.empty();
        List<String> keys = deviceKey.map(List::of).orElse(List.of(loginKey, addressKey));
        var verdict = throttle.judge(keys);
        if (!verdict.allowed()) {
            throw new ThrottledLoginException(verdict);
        }
        String rawPassword = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Authentication result;
        try {
            result = passwordCheck.authenticate(attempt);
        } catch (AuthenticationException failure) {
            if (deviceKey.isPresent()) {
                throttle.recordDeviceFailure(deviceKey.get());
            } else {
                throttle.recordFailure(loginKey, addressKey);
            }
            throw failure;
        }
        throttle.recordSuccess(keys);
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
