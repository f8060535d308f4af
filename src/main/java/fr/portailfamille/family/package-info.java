/**
 * Households (familles): guardians, children and the family's administrative data.
 * Face: {@link fr.portailfamille.family.Households} and the section records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Famille")
package fr.portailfamille.family;
