package fr.portailfamille.shared;

/** The town running the portal: shown in the header, on documents and in e-mails. */
public record TownSettings(String name, String serviceName, String addressLine, String postalCode, String city,
                           String phone, String email) {
}
