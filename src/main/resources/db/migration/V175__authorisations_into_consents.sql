-- One place for parental authorisations (issue 13): the child record's section « Autorisations » asked
-- « droit à l'image », « soins d'urgence » and « sorties / transport » as three yes/no fields; the documents module's
-- consents (consent_type, consent_answer: express, per use, dated, withdrawable) are now the only reference.
--
-- 1. Each validated answer of the old section becomes a consent answer on every consent type of the matching
--    category (image rights → IMAGE, emergency care → EMERGENCY_CARE, outings and transport → OUTING and
--    TRANSPORT), only where the child has no answer for that type yet. Date: the decision on the child's last
--    accepted « Autorisations » request, else now; author: its requester, marked as taken over from the record.
--    A category the town has no consent type for is skipped (the old value stays in the legacy column below).
INSERT INTO consent_answer (household_id, child_id, consent_type_id, answer, answered_at, answered_by)
SELECT c.household_id, c.id, t.id,
       CASE WHEN (CASE t.category WHEN 'IMAGE' THEN k.image_rights
                                  WHEN 'EMERGENCY_CARE' THEN k.emergency_care
                                  ELSE k.outing_transport END) THEN 'GIVEN' ELSE 'REFUSED' END,
       COALESCE(r.decided_at, CURRENT_TIMESTAMP),
       CASE WHEN r.requested_by IS NULL THEN 'Reprise de la fiche enfant'
            ELSE SUBSTRING(r.requested_by FROM 1 FOR 160) || ' (reprise de la fiche enfant)' END
  FROM child_consent k
  JOIN child c ON c.id = k.child_id
  JOIN consent_type t ON t.category IN ('IMAGE', 'EMERGENCY_CARE', 'OUTING', 'TRANSPORT')
  LEFT JOIN (SELECT subject_id, MAX(id) AS id FROM request
              WHERE kind = 'family.child-authorisations' AND status = 'ACCEPTED' AND subject_id IS NOT NULL
              GROUP BY subject_id) latest ON latest.subject_id = c.id
  LEFT JOIN request r ON r.id = latest.id
 WHERE NOT EXISTS (SELECT 1 FROM consent_answer a WHERE a.child_id = c.id AND a.consent_type_id = t.id)
 ORDER BY c.id, t.id;

-- 2. The three fields leave the section. Their old values are kept, read by nobody but the family's data export,
--    under names that say so; rows written from now on leave them empty.
ALTER TABLE child_consent RENAME COLUMN image_rights TO legacy_image_rights;
ALTER TABLE child_consent RENAME COLUMN emergency_care TO legacy_emergency_care;
ALTER TABLE child_consent RENAME COLUMN outing_transport TO legacy_outing_transport;
ALTER TABLE child_consent ALTER COLUMN legacy_image_rights DROP NOT NULL;
ALTER TABLE child_consent ALTER COLUMN legacy_emergency_care DROP NOT NULL;
ALTER TABLE child_consent ALTER COLUMN legacy_outing_transport DROP NOT NULL;
