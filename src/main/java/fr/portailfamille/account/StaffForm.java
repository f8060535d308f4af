package fr.portailfamille.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New agent account, created by an admin with a temporary password. */
class StaffForm {

    @NotBlank(message = "{staff.login.required}")
    @Size(max = 80, message = "{staff.login.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{staff.login.pattern}")
    private String login;

    @NotBlank(message = "{staff.name.required}")
    @Size(max = 120, message = "{staff.name.size}")
    private String displayName;

    private boolean admin;

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }
}
