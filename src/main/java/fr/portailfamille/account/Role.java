package fr.portailfamille.account;

public enum Role {
    FAMILY, AGENT, ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
