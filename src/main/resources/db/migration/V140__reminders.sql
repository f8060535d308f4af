-- Reminders by e-mail (module reminders): one row per reminder sent, unique per household, kind and subject, so
-- that a reminder goes out once even across restarts and instances; the kinds a household switched off; the
-- town's lead time per kind (days before the deadline; the kind's default when no row).
CREATE TABLE reminder_sent (
    household_id  BIGINT       NOT NULL REFERENCES household (id),
    kind          VARCHAR(60)  NOT NULL,
    subject       VARCHAR(120) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_sent_once PRIMARY KEY (household_id, kind, subject)
);
CREATE INDEX reminder_sent_at_idx ON reminder_sent (sent_at);

CREATE TABLE reminder_opt_out (
    household_id  BIGINT      NOT NULL REFERENCES household (id),
    kind          VARCHAR(60) NOT NULL,
    PRIMARY KEY (household_id, kind)
);

CREATE TABLE reminder_lead_days (
    kind       VARCHAR(60) NOT NULL PRIMARY KEY,
    lead_days  INTEGER     NOT NULL,
    CONSTRAINT reminder_lead_days_range CHECK (lead_days BETWEEN 1 AND 60)
);

-- Yearly certification of the family's data: one row per household and school year (the year it starts in).
CREATE TABLE data_certification (
    household_id       BIGINT      NOT NULL REFERENCES household (id),
    school_year_start  INTEGER     NOT NULL,
    confirmed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by       VARCHAR(120) NOT NULL,
    PRIMARY KEY (household_id, school_year_start)
);
