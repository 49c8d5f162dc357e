-- A consumer-side copy of users, fed by the test application's event consumer.
CREATE TABLE user_copy (
    id             uuid PRIMARY KEY,
    email          varchar(254) NOT NULL,
    active         boolean      NOT NULL DEFAULT true,
    applications   int          NOT NULL DEFAULT 1,
    trace_id       varchar(64),
    correlation_id varchar(128)
);
