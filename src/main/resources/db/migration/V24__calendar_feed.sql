-- A child's private iCalendar feed: a random token in the URL (no session), renewable by the family.
CREATE TABLE calendar_feed (
    child_id     BIGINT      PRIMARY KEY REFERENCES child (id),
    household_id BIGINT      NOT NULL REFERENCES household (id),
    token        VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_token_unique UNIQUE (token)
);
