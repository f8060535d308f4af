package fr.portailfamille.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions of an account whose password was set since they logged in (a reset from a "forgotten
 * password" link, a new password chosen elsewhere) or which was disabled. The session keeps a stamp of the
 * account (its {@code password_changed_at} and enabled flag) taken at login; each request compares it with the
 * database. It works the same whether sessions live in memory or in Spring Session JDBC, and on every instance.
 */
class SessionPasswordCheck extends OncePerRequestFilter {

    static final String STAMP = "portail.account.stamp";

    private final AccountStore accounts;

    SessionPasswordCheck(AccountStore accounts) {
        this.accounts = accounts;
    }

    static void remember(HttpSession session, String stamp) {
        if (session != null) {
            session.setAttribute(STAMP, stamp);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof PortalUser user) {
            String now = accounts.passwordStamp(user.accountId());
            Object stamp = session.getAttribute(STAMP);
            if (stamp == null) {
                session.setAttribute(STAMP, now);
            } else if (!stamp.equals(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/connexion?expiree");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Static files carry no data: no database round trip for each of them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
