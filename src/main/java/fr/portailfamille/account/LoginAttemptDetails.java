package fr.portailfamille.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the throttle needs of a login attempt besides login and password: the client address and device cookie. */
class LoginAttemptDetails extends WebAuthenticationDetails {

    /** Read at the attempt only; not kept in the session with the authentication. */
    private final transient String deviceCookie;

    LoginAttemptDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = DeviceCookies.cookieValue(request);
    }

    String deviceCookie() {
        return deviceCookie;
    }
}
