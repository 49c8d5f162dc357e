-- Access tokens of a user issued before this instant are refused everywhere (the
-- UserAccessRevoked event carries it to the gateway and the services).
ALTER TABLE users ADD COLUMN tokens_not_before timestamptz;

-- One row per login (a refresh-token family): what the account holder sees in
-- GET /api/users/me/sessions.
CREATE TABLE login_session (
    id             uuid         PRIMARY KEY,
    user_id        uuid         NOT NULL REFERENCES users (id),
    created_at     timestamptz  NOT NULL,
    last_used_at   timestamptz  NOT NULL,
    client_address varchar(64)  NOT NULL,
    user_agent     varchar(300),
    ended_at       timestamptz
);

CREATE INDEX login_session_user_idx ON login_session (user_id, last_used_at DESC) WHERE ended_at IS NULL;
