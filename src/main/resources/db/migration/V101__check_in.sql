-- Check-in on a tablet (pointage, issue 14). One row per expected (or walk-in) child of a day: arrival, departure
-- with who picked the child up, or absent. Every tap carries an id made by the tablet: the same tap sent twice
-- (offline queue replayed) is recorded once. A closed day keeps its list; later changes go to the audit trail.
CREATE TABLE check_in (
    reservation_id  BIGINT       PRIMARY KEY REFERENCES reservation (id),
    arrived_at      TIMESTAMP WITH TIME ZONE,
    left_at         TIMESTAMP WITH TIME ZONE,
    picked_up_by    VARCHAR(140),
    absent          BOOLEAN      NOT NULL DEFAULT FALSE,
    walk_in         BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE check_in_tap (
    tap_id          VARCHAR(64)  PRIMARY KEY,
    reservation_id  BIGINT       NOT NULL REFERENCES reservation (id),
    action          VARCHAR(10)  NOT NULL,
    tapped_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    agent           VARCHAR(100) NOT NULL,
    CONSTRAINT check_in_tap_action CHECK (action IN ('ARRIVED', 'LEFT', 'ABSENT'))
);
CREATE INDEX check_in_tap_reservation_idx ON check_in_tap (reservation_id);

CREATE TABLE check_in_day (
    activity_id     BIGINT       NOT NULL REFERENCES activity (id),
    service_day     DATE         NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_id, service_day)
);
