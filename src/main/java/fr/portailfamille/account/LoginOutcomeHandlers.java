package fr.portailfamille.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Where a login attempt leads: families to what they asked for or Accueil, agents to Gestion. */
final class LoginOutcomeHandlers {

    static final String ERROR_ATTRIBUTE = "portail.login.error";
    static final String LOGIN_ATTRIBUTE = "portail.login.typed";

    private LoginOutcomeHandlers() {
    }

    static SavedRequestAwareAuthenticationSuccessHandler success() {
        var cache = new HttpSessionRequestCache();
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                boolean mustChange = authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(ThrottlingAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
                var saved = cache.getRequest(request, response);
                boolean agent = ((PortalUser) authentication.getPrincipal()).isAgent();
                if (mustChange) {
                    getRedirectStrategy().sendRedirect(request, response, "/mot-de-passe");
                } else if (agent && (saved == null || !saved.getRedirectUrl().contains("/gestion"))) {
                    cache.removeRequest(request, response);
                    getRedirectStrategy().sendRedirect(request, response, "/gestion");
                } else {
                    super.onAuthenticationSuccess(request, response, authentication);
                }
            }
        };
    }

    /** One message for an unknown login and a wrong password; a distinct one only for throttling. */
    static AuthenticationFailureHandler failure(Clock clock) {
        return (request, response, exception) ->
                refuse(request, response, message(exception, clock), request.getParameter("identifiant"));
    }

    /** Back to the login page with the message and the typed login (also for a refused waiting-room ticket). */
    static void refuse(HttpServletRequest request, HttpServletResponse response, LoginError error, String login)
            throws IOException {
        var session = request.getSession();
        session.setAttribute(ERROR_ATTRIBUTE, error);
        session.setAttribute(LOGIN_ATTRIBUTE, login);
        response.sendRedirect(request.getContextPath() + "/connexion?erreur");
    }

    static LoginError message(AuthenticationException e, Clock clock) {
        if (e instanceof ThrottledLoginException t) {
            long seconds = Math.max(1, Duration.between(clock.instant(), t.retryAt()).toSeconds());
            return switch (t.kind()) {
                case DELAYED -> new LoginError("login.error.delayed", seconds);
                case LOCKED -> new LoginError("login.error.locked", Math.max(1, seconds / 60));
                default -> new LoginError("login.error.daily-limit", 0);
            };
        }
        return new LoginError("login.error.bad-credentials", 0);
    }

    record LoginError(String key, long value) implements java.io.Serializable {
    }
}
