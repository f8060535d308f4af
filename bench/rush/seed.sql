-- Rush benchmark data: one activity of capacity :cap, N households each with one child enrolled and a family account.
-- Variables: n, cap, first, last, hash (psql -v).
INSERT INTO activity (code, name, kind, min_age, max_age, daily_capacity, booking_deadline, cancellation_deadline,
                      daily_reservations, validation_required)
VALUES ('RUSH', 'Ruée (banc d''essai)', 'ACCUEIL_LOISIRS', 4, 13, :cap, 'J-2 à 12:00', 'J-2 à 12:00', TRUE, TRUE)
RETURNING id AS activity_id \gset
INSERT INTO activity_period (activity_id, label, start_date, end_date, weekdays)
VALUES (:activity_id, 'Été', :'first', :'last', '1,2,3,4,5,6,7')
RETURNING id AS period_id \gset

INSERT INTO household (name, address_line, postal_code, city, resident)
SELECT 'Famille Rush ' || g, g || ' rue du Banc', '44100', 'Val-Fleuri', TRUE FROM generate_series(1, :n) g;
INSERT INTO child (household_id, first_name, last_name, birth_date, sex)
SELECT id, 'Enfant', name, CURRENT_DATE - INTERVAL '8 years', 'F' FROM household WHERE name LIKE 'Famille Rush %';
INSERT INTO account (login, password_hash, role, display_name, household_id)
SELECT 'rush.' || substring(name FROM 14), :'hash', 'FAMILY', name, id FROM household WHERE name LIKE 'Famille Rush %';
INSERT INTO enrolment (household_id, child_id, activity_id, period_id, status, created_at)
SELECT c.household_id, c.id, :activity_id, :period_id, 'ACTIVE', CURRENT_TIMESTAMP
  FROM child c JOIN household h ON h.id = c.household_id WHERE h.name LIKE 'Famille Rush %';

-- « Rester connecté sur cet appareil » for every family (DEVICE_LOGIN=1): series rush-<id>, token token-<id>, only the
-- token's SHA-256 stored, as the portal does; the cookie is base64("series:token").
INSERT INTO persistent_login (account_id, series, token_hash, device, created_at, last_used_at, expires_at)
SELECT id, 'rush-' || id, encode(sha256(convert_to('token-' || id, 'UTF8')), 'hex'), 'banc d''essai',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '30 days'
  FROM account WHERE login LIKE 'rush.%';

-- A town's database has statistics; a freshly seeded one must be given them.
ANALYZE;

\o activity.txt
SELECT :activity_id;
\o
\copy (SELECT a.login, c.id, a.id FROM account a JOIN child c ON c.household_id = a.household_id WHERE a.login LIKE 'rush.%' ORDER BY a.id) TO 'families.csv' CSV
