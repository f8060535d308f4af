-- Jobs shared by several instances on one database (issue 16): the instance that runs a job (owner) writes a
-- heartbeat every few seconds; any instance marks interrupted a running job whose heartbeat stopped (its process
-- died), and only such jobs, so that a restart of one instance never cuts another instance's job.
ALTER TABLE job ADD COLUMN owner VARCHAR(80);
ALTER TABLE job ADD COLUMN heartbeat_at TIMESTAMP;
ALTER TABLE job ADD COLUMN file_name VARCHAR(200);

-- A job's file to download (a CSV export...), written in parts: each chunk adds its part in its own transaction.
CREATE TABLE job_file_part (
    job_id   BIGINT  NOT NULL REFERENCES job (id),
    seq      INTEGER NOT NULL,
    content  TEXT    NOT NULL,
    PRIMARY KEY (job_id, seq)
);
