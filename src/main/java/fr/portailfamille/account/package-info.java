/**
 * Accounts (family, agent, admin), login, password policy, login throttling and the security set-up.
 * Face: {@link fr.portailfamille.account.PortalUser} (the logged-in user) and
 * {@link fr.portailfamille.account.AccountAdministration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes")
package fr.portailfamille.account;
