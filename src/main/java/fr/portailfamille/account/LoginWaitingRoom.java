package fr.portailfamille.account;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login waiting room. When more logins arrive than the instance can hash ({@link HashingGate}: one hash per
 * core, {@code portail.login.queue-after} already waiting), a login post is answered at once: it gets a ticket and
 * goes to « Vous êtes dans la file d'attente, position N », a page that refreshes itself
 * ({@link LoginQueueController}); its password is checked in the background, tickets in order, by as many workers
 * as the gate has permits. The password stays in this instance's memory only until it is checked; the outcome
 * (never the password) is written to the ticket, which any instance can read. A queued login does not set
 * « Rester connecté » (the device cookie needs the response of the post).
 */
@Component
class LoginWaitingRoom extends OncePerRequestFilter implements DisposableBean {

    static final String TICKET = LoginWaitingRoom.class.getName() + ".ticket";

    private final HashingGate gate;
    private final AuthenticationManager authentication;
    private final LoginTicketStore tickets;
    /** The tickets whose password this instance holds in memory, until checked. */
    private final java.util.Set<Long> inHand = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final ExecutorService workers;
    private volatile int queueAfter;

    LoginWaitingRoom(HashingGate gate, @Lazy AuthenticationManager authentication, LoginTicketStore tickets,
                     Clock clock, @Value("${portail.login.queue-after:0}") int queueAfter) {
        this.gate = gate;
        this.authentication = authentication;
        this.tickets = tickets;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(gate.permits(), r -> {
            var t = new Thread(r, "login-queue");
            t.setDaemon(true);
            return t;
        });
        this.queueAfter = queueAfter > 0 ? queueAfter : 2 * gate.permits();
    }

    /** For tests: how many logins may wait for the gate before the next ones get a ticket. */
    void queueAfter(int waiting) {
        this.queueAfter = waiting;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/connexion");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getParameter("identifiant");
        String password = request.getParameter("motDePasse");
        if (gate.waiting() < queueAfter || login == null || password == null || login.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String typed = login.trim();
        long ticket = tickets.open(typed.length() > 200 ? typed.substring(0, 200) : typed, clock.instant());
        var token = UsernamePasswordAuthenticationToken.unauthenticated(typed, password);
        token.setDetails(new LoginAttemptDetails(request)); // address and device cookie, as for a direct login
        inHand.add(ticket);
        workers.submit(() -> {
            try {
                check(ticket, token);
            } finally {
                inHand.remove(ticket);
            }
        });
        request.getSession().setAttribute(TICKET, ticket);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LoginQueueController.PATH);
    }

    /**
     * Whether this instance still holds the ticket's password to check: then the ticket is alive, however long the
     * line ({@link AbandonedTicket}).
     */
    boolean holds(long ticket) {
        return inHand.contains(ticket);
    }

    /** Checks one ticket's password (in ticket order: the workers take them first in, first out). */
    void check(long ticket, UsernamePasswordAuthenticationToken token) {
        try {
            var done = authentication.authenticate(token);
            tickets.admit(ticket, done.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.joining(",")));
        } catch (AuthenticationException e) {
            var error = LoginOutcomeHandlers.message(e, clock);
            tickets.refuse(ticket, error.key(), error.value());
        } catch (RuntimeException e) {
            tickets.refuse(ticket, "login.error.queue-interrupted", 0);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
