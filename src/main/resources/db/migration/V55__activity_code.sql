-- Each activity gets a code: the key under which billing prices and invoices it (ActivityCatalog port), also
-- shown in accounting exports. The tariffs page no longer keeps its own list of activities (tariff_activity):
-- an existing activity whose name is the label of exactly one former tariff activity takes that activity's code,
-- so its prices keep applying; the other activities get ACT-<id>. A code never changes when the activity is renamed.
ALTER TABLE activity ADD COLUMN code VARCHAR(40);

UPDATE activity SET code = 'ACT-' || CAST(id AS VARCHAR(20));

UPDATE activity SET code = (SELECT t.code FROM tariff_activity t WHERE LOWER(t.label) = LOWER(activity.name))
 WHERE (SELECT COUNT(*) FROM tariff_activity t WHERE LOWER(t.label) = LOWER(activity.name)) = 1
   AND (SELECT COUNT(*) FROM activity a2 WHERE LOWER(a2.name) = LOWER(activity.name)) = 1;

ALTER TABLE activity ALTER COLUMN code SET NOT NULL;
ALTER TABLE activity ADD CONSTRAINT activity_code_unique UNIQUE (code);

-- Prices stay keyed by the activity code; the list of activities now comes from the activities module.
DROP TABLE tariff_activity CASCADE;

-- Invoicing reads a month of effective and billable days across all activities.
CREATE INDEX reservation_billing_idx ON reservation (service_day, household_id);
