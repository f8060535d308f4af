-- The monthly invoicing reads a chunk of households' reservations for one month.
CREATE INDEX reservation_household_day_idx ON reservation (household_id, service_day);
