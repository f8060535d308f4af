package fr.portailfamille.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetails implements UserDetailsService, UserDetailsPasswordService {

    private final AccountStore accounts;

    AccountUserDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        // An account not activated yet has no password: it cannot log in, and says so no differently.
        return accounts.findByLogin(login).filter(user -> user.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        accounts.updateHash(user.getUsername(), newHash);
        return accounts.findByLogin(user.getUsername()).orElseThrow();
    }
}
