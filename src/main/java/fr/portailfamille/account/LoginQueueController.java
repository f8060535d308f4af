package fr.portailfamille.account;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * « Vous êtes dans la file d'attente, position N »: the page a queued login waits on ({@link LoginWaitingRoom}). It
 * refreshes itself (a meta refresh: no script), and when the ticket's password was checked it logs the family in
 * (a new session id, as after a direct login) or goes back to the login page with the message.
 */
@Controller
class LoginQueueController {

    static final String PATH = "/connexion/file";
    private final LoginTicketStore tickets;
    private final AccountStore accounts;
    private final HashingGate gate;
    private final Clock clock;
    private final DeviceCookies devices;
    private final LoginWaitingRoom waitingRoom;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginQueueController(LoginTicketStore tickets, AccountStore accounts, HashingGate gate, Clock clock,
                         DeviceCookies devices, LoginWaitingRoom waitingRoom) {
        this.waitingRoom = waitingRoom;
        this.devices = devices;
        this.tickets = tickets;
        this.accounts = accounts;
        this.gate = gate;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String queue(HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(LoginWaitingRoom.TICKET);
        var ticket = id instanceof Long t ? tickets.find(t).orElse(null) : null;
        if (ticket == null) {
            return "redirect:/connexion";
        }
        switch (ticket.status()) {
            case ADMITTED -> {
                admit(ticket, request, response);
                return null;
            }
            case REFUSED -> {
                done(ticket, session);
                LoginOutcomeHandlers.refuse(request, response,
                        new LoginOutcomeHandlers.LoginError(ticket.errorKey(), ticket.errorValue()), ticket.login());
                return null;
            }
            default -> {
                if (AbandonedTicket.abandoned(ticket.createdAt(), waitingRoom.holds(ticket.id()), clock.instant())) {
                    done(ticket, session);
                    LoginOutcomeHandlers.refuse(request, response,
                            new LoginOutcomeHandlers.LoginError("login.error.queue-interrupted", 0), ticket.login());
                    return null;
                }
                int position = tickets.position(ticket.id());
                model.addAttribute("position", position);
                // a family far back in the line reloads less often: about the time its turn takes
                model.addAttribute("refreshSeconds", Math.max(2, Math.min(10, position / (gate.permits() * 10))));
                response.setHeader("Cache-Control", "no-store");
                return "account/file";
            }
        }
    }

    private void admit(LoginTicketStore.Ticket ticket, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession();
        var user = accounts.findByLogin(ticket.login()).orElse(null);
        done(ticket, session);
        if (user == null) {
            LoginOutcomeHandlers.refuse(request, response,
                    new LoginOutcomeHandlers.LoginError("login.error.bad-credentials", 0), ticket.login());
            return;
        }
        user.eraseCredentials();
        var authorities = Arrays.stream(ticket.authorities() == null ? new String[0] : ticket.authorities().split(","))
                .filter(a -> !a.isBlank()).map(SimpleGrantedAuthority::new).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        request.changeSessionId(); // as after a direct login (session fixation)
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        LoginOutcomeHandlers.success(devices, accounts).onAuthenticationSuccess(request, response, authentication);
    }

    private void done(LoginTicketStore.Ticket ticket, HttpSession session) {
        session.removeAttribute(LoginWaitingRoom.TICKET);
        tickets.delete(ticket.id());
    }
}
