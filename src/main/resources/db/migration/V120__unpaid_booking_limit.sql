-- « Refuser les réservations au-delà d'un impayé de X € »: the town's limit on the overdue balance, in cents.
-- NULL: no limit (the default).
ALTER TABLE town_settings ADD COLUMN unpaid_booking_limit_cents BIGINT;
