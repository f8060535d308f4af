/**
 * Treasury: what the town sends to the Trésor public (Hélios). The PES V2 « PES_Aller » file of a month's issued
 * invoices (revenue titles), with its record of exports. Reads invoices from billing, debtors and mandates from the
 * family module; writes only its own tables ({@code pes_export*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trésorerie")
package fr.portailfamille.treasury;
