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
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Where a login attempt leads: families to what they asked for or Accueil, agents to Gestion. */
final class LoginOutcomeHandlers {

    static final String ERROR_ATTRIBUTE = "portail.login.error";
    static final String LOGIN_ATTRIBUTE = "portail.login.typed";

    private LoginOutcomeHandlers() {
    }

    static SavedRequestAwareAuthenticationSuccessHandler success(DeviceCookies devices, AccountStore accounts) {
        var cache = new HttpSessionRequestCache();
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws ServletException, IOException {
                boolean mustChange = authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(ThrottlingAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
                var saved = cache.getRequest(request, response);
                PortalUser user = (PortalUser) authentication.getPrincipal();
                SessionPasswordCheck.remember(request.getSession(), accounts.passwordStamp(user.accountId()));
                boolean agent = user.isAgent();
                devices.issue(user.login(), request, response);
                if (mustChange) {
                    getRedirectStrategy().sendRedirect(request, response, "/mot-de-passe");
                } else if (agent && (saved == null || !saved.getRedirectUrl().contains("/gestion"))) {
                    cache.removeRequest(request, response);
                    getRedirectStrategy().sendRedirect(request, response, "/gestion");
                } else {
                    // The saved request's own URL is absolute, built from the Host header of that request:
                    // go back to its path only, on this very site.
                    String target = saved instanceof DefaultSavedRequest d ? pathAndQuery(request, d) : "/";
                    cache.removeRequest(request, response);
                    clearAuthenticationAttributes(request);
                    getRedirectStrategy().sendRedirect(request, response, target);
                }
            }
        };
    }

    /** The saved request's path and query, relative to the application (never its scheme or host). */
    static String pathAndQuery(HttpServletRequest request, DefaultSavedRequest saved) {
        String uri = saved.getRequestURI() == null ? "/" : saved.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        if (!uri.startsWith("/") || uri.startsWith("//")) {
            uri = "/";
        }
        return saved.getQueryString() == null ? uri : uri + "?" + saved.getQueryString();
    }

    /** One message for an unknown login and a wrong password; a distinct one only for throttling. */
    static AuthenticationFailureHandler failure(Clock clock) {
        return (request, response, exception) -> {
            var session = request.getSession();
            session.setAttribute(ERROR_ATTRIBUTE, message(exception, clock));
            session.setAttribute(LOGIN_ATTRIBUTE, request.getParameter("identifiant"));
            response.sendRedirect(request.getContextPath() + "/connexion?erreur");
        };
    }

    private static LoginError message(AuthenticationException e, Clock clock) {
        if (e instanceof ThrottledLoginException t) {
            long seconds = secondsToWait(Duration.between(clock.instant(), t.retryAt()));
            return switch (t.kind()) {
                case DELAYED -> new LoginError("login.error.delayed", seconds);
                case LOCKED -> new LoginError("login.error.locked", (seconds + 59) / 60);
                default -> new LoginError("login.error.daily-limit", 0);
            };
        }
        return new LoginError("login.error.bad-credentials", 0);
    }

    /**
     * The wait announced to the user, rounded up to the next whole second (at least 1): a parent who waits the
     * announced time is never refused again. Rounding down announced 1, 3, 7, 15 s for waits of 2, 4, 8, 16 s.
     */
    static long secondsToWait(Duration remaining) {
        long millis = Math.max(0, remaining.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }

    record LoginError(String key, long value) implements java.io.Serializable {
    }
}
