-- Issue 15 (SEPA remaining rules, PayFiP SOAP).
-- The last collection of a mandate whose family leaves direct debit: its debits go as FNAL in the next batch
-- (batch_id set then), and the mandate is never collected again.
CREATE TABLE direct_debit_final (
    rum            VARCHAR(35) PRIMARY KEY,
    household_id   BIGINT      NOT NULL REFERENCES household (id),
    requested_on   DATE        NOT NULL,
    batch_id       BIGINT      REFERENCES direct_debit_batch (id)
);

-- What a debit told the debtor's bank about its mandate: NULL, 'ACCOUNT' (original IBAN given) or 'SMNDA'.
ALTER TABLE direct_debit ADD COLUMN amendment VARCHAR(8);
-- The ISO reason code of a rejected debit (AM04, MD01…) when it came from the bank's return file.
ALTER TABLE direct_debit ADD COLUMN reject_code VARCHAR(4);
-- The bank's return files already imported (by SHA-256), so that importing one twice changes nothing.
CREATE TABLE direct_debit_return_file (
    sha256         VARCHAR(64)  PRIMARY KEY,
    file_name      VARCHAR(120) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    rejects        INTEGER      NOT NULL
);

-- PayFiP: an operation abandoned by the family (resultrans A, or idOp expired after 15 minutes) is settled too.
ALTER TABLE online_payment DROP CONSTRAINT online_payment_status_check;
ALTER TABLE online_payment ADD CONSTRAINT online_payment_status_check
    CHECK (status IN ('PENDING', 'PAID', 'REFUSED', 'ABANDONED'));
