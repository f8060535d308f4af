-- Scheduled jobs run once across instances (ShedLock, JDBC provider): the instance that updates a job's row
-- holds it until lock_until. Times are the database's (usingDbTime), so the instances' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
