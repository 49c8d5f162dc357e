-- Accounts. ("user" is reserved in PostgreSQL, hence "users".)
CREATE TABLE users (
    id            uuid         PRIMARY KEY,
    email         varchar(254) NOT NULL,
    password_hash varchar(255) NOT NULL,
    first_name    varchar(100) NOT NULL,
    last_name     varchar(100) NOT NULL,
    role          varchar(20)  NOT NULL CHECK (role IN ('CUSTOMER', 'ADMIN')),
    active        boolean      NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL
);

-- One account per address, whatever its case: enforced here, not only checked.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
-- Administrators list accounts newest first, and search by e-mail.
CREATE INDEX users_created_at_idx ON users (created_at DESC, id);
CREATE INDEX users_last_name_idx ON users (last_name);
CREATE INDEX users_active_admins_idx ON users (role) WHERE active AND role = 'ADMIN';

-- Refresh tokens, hashed; a family is one login and rotates on every refresh.
CREATE TABLE refresh_token (
    id         uuid        PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id),
    token_hash varchar(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);

CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);
CREATE INDEX refresh_token_expires_at_idx ON refresh_token (expires_at);

-- Failed-login counters per e-mail address tried and per client address.
CREATE TABLE login_throttle (
    throttle_key      varchar(300) PRIMARY KEY,
    failures          int          NOT NULL,
    window_started_at timestamptz  NOT NULL,
    blocked_until     timestamptz
);
