package fr.portailfamille.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user. Family pages take the household id from here, never from the request.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String login;
    private final String displayName;
    private final Role role;
    private final Long householdId;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    PortalUser(long accountId, String login, String displayName, Role role, Long householdId, boolean enabled,
               boolean mustChangePassword, String passwordHash) {
        this.accountId = accountId;
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.householdId = householdId;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean isAgent() {
        return role == Role.AGENT || role == Role.ADMIN;
    }

    /** The household of a family account; agents have none. */
    public long householdId() {
        if (householdId == null) {
            throw new IllegalStateException("not a family account");
        }
        return householdId;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == Role.ADMIN) {
            authorities.add(new SimpleGrantedAuthority(Role.AGENT.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "PortalUser[" + login + ", " + role + "]";
    }
}
