/**
 * Data retention and the family's rights (issue 14, CNIL: children's and health data).
 *
 * <ul>
 *   <li>A nightly job (through {@code jobs}): deletes the health and complementary data of a child who left (no
 *   enrolment for {@code portail.retention.child-data-years}, default 3) and anonymises a household inactive for
 *   {@code portail.retention.household-years} (default 3) unless money is owed or an invoice is younger than
 *   {@code portail.retention.accounting-years} (default 10).</li>
 *   <li>An agent anonymises a household on request, refused while money is owed ({@link
 *   fr.portailfamille.retention.AnonymisationPolicy}, shared with the job).</li>
 *   <li>Mon compte → « Télécharger mes données »: a streamed ZIP (summary, JSON, documents).</li>
 * </ul>
 * Each module reads and anonymises its own tables through a {@link fr.portailfamille.shared.HouseholdData} bean;
 * what was done is recorded in {@code retention_action} (ids and counts only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conservation des données")
package fr.portailfamille.retention;
