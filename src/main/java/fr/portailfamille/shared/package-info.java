/**
 * Shared kernel: money, the town's clock, layout, error pages and web formatting helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.portailfamille.shared;
