-- Billing now reads the SEPA mandates from the family module (sepa_mandate, created when bank details are
-- accepted): its interim copy goes. It never held anything but test data.
DROP TABLE billing_mandate;
