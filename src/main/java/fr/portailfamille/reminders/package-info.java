/**
 * Rappels: reminders by e-mail that a family can switch off kind by kind (Mon compte), sent once per household,
 * kind and subject; and the yearly certification of the family's data (« Mes informations sont à jour »).
 *
 * <p>Another module adds a kind of reminder by declaring a {@link fr.portailfamille.reminders.ReminderSource} bean;
 * the e-mail goes through messaging's outbox ({@link fr.portailfamille.reminders.ReminderDue}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rappels")
package fr.portailfamille.reminders;
