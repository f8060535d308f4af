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
 * account's stamp kept by {@link AccountStamps} (no database read per request: a change forgets the stamp on its
 * instance and marks the account's other sessions {@link AccountStamps#ENDED} in the session store, which every
 * instance reads with the session). It works the same whether sessions live in memory or in Spring Session JDBC,
 * and on every instance.
 */
class SessionPasswordCheck extends OncePerRequestFilter {

    static final String STAMP = "portail.account.stamp";

    private final AccountStamps stamps;

    SessionPasswordCheck(AccountStamps stamps) {
        this.stamps = stamps;
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
            Object stamp = session.getAttribute(STAMP);
            if (stamp == null) {
                session.setAttribute(STAMP, stamps.fresh(user.accountId()));
            } else if (session.getAttribute(AccountStamps.ENDED) != null
                    || !stamp.equals(stamps.current(user.accountId())) && !stamp.equals(stamps.fresh(user.accountId()))) {
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
