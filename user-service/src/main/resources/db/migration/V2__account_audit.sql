-- Every change of an account, administrators' above all: who, what before and after,
-- when, and the correlation id of the request that made it. Written in the transaction
-- of the change; never updated or deleted by the application.
CREATE TABLE account_audit (
    id             uuid         PRIMARY KEY,
    account_id     uuid         NOT NULL REFERENCES users (id),
    changed_by     uuid         NOT NULL,
    action         varchar(40)  NOT NULL,
    before_state   jsonb,
    after_state    jsonb,
    changed_at     timestamptz  NOT NULL,
    correlation_id varchar(100)
);

CREATE INDEX account_audit_account_idx ON account_audit (account_id, changed_at DESC, id);
