package fr.portailfamille.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** MockMvc requests made as a real account of the database (its household, its roles). */
@Component
public class Logins {

    private final UserDetailsService users;

    public Logins(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }
}
