-- Messaging tables every service shares, in their own schema with their own Flyway
-- history, so a service's migrations and the platform's never compete for versions.

-- Transactional outbox: written in the business transaction, published by the relay.
CREATE TABLE outbox (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid         NOT NULL,
    topic        varchar(249) NOT NULL,
    message_key  varchar(255) NOT NULL,
    event_type   varchar(255) NOT NULL,
    headers      jsonb        NOT NULL,
    payload      bytea        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    published_at timestamptz
);

-- Not unique: a replayed dead letter goes out again with its original event id.
CREATE INDEX outbox_event_id_idx ON outbox (event_id);

-- The relay reads pending rows in sequence order; published rows are pruned by age.
CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_published_at_idx ON outbox (published_at) WHERE published_at IS NOT NULL;

-- Idempotent inbox: one row per event a consumer has applied, written with its effect.
CREATE TABLE inbox (
    consumer     varchar(200) NOT NULL,
    event_id     uuid         NOT NULL,
    event_type   varchar(255) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX inbox_processed_at_idx ON inbox (processed_at);

-- Dead letters this service's consumer groups gave up on, copied from their
-- dead-letter topics so that operators can list and replay them.
CREATE TABLE dead_letter (
    id                 uuid         PRIMARY KEY,
    consumer_group     varchar(200) NOT NULL,
    dead_letter_topic  varchar(249) NOT NULL,
    dlt_partition      int          NOT NULL,
    dlt_offset         bigint       NOT NULL,
    original_topic     varchar(249) NOT NULL,
    original_partition int,
    original_offset    bigint,
    message_key        varchar(255),
    event_id           varchar(100),
    event_type         varchar(255),
    headers            jsonb        NOT NULL,
    payload            bytea,
    error_class        varchar(500),
    error_message      text,
    status             varchar(20)  NOT NULL,
    received_at        timestamptz  NOT NULL,
    replayed_at        timestamptz,
    UNIQUE (dead_letter_topic, dlt_partition, dlt_offset)
);

CREATE INDEX dead_letter_status_idx ON dead_letter (status, received_at);
