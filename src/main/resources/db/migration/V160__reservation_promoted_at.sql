-- When a waiting-list row last got a freed place (issue 16: « listes d'attente qui ont bougé » on the dashboard).
ALTER TABLE reservation ADD COLUMN promoted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX reservation_promoted_idx ON reservation (promoted_at);
