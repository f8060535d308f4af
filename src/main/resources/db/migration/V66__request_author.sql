-- Which account (which guardian, when a household has several logins) asked: its name and login, as shown to
-- the family and to the agents. Null for requests made before, or by an agent on the family's behalf.
ALTER TABLE request ADD COLUMN requested_by VARCHAR(200);
