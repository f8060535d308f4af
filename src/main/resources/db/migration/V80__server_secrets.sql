-- Secrets the server generates for itself on its first start when no setting gives them (e.g. the key that signs
-- the login device cookies). Kept in the database so that every instance of the portal uses the same one and a
-- restart keeps it.
CREATE TABLE server_secret (
    name          VARCHAR(60)  PRIMARY KEY,
    secret_value  VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
