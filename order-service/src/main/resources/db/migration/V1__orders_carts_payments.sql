-- order-service's own tables (DOMAIN.md): local copies of products and users, carts,
-- orders with their lines and status history, payments, and provider webhooks seen.

-- Copies kept from catalog-service's product events.
CREATE TABLE product_copy (
    id              uuid PRIMARY KEY,
    name            varchar(200)  NOT NULL,
    price           numeric(10,2) NOT NULL,
    currency        varchar(3)    NOT NULL,
    available       boolean       NOT NULL,
    deleted         boolean       NOT NULL DEFAULT false,
    -- ProductUpdated.version of the copy; an update older than this is ignored.
    product_version bigint        NOT NULL DEFAULT 0,
    updated_at      timestamptz   NOT NULL
);

-- Copies kept from user-service's events. Email is unknown when the first event seen is a
-- deactivation.
CREATE TABLE user_copy (
    id         uuid PRIMARY KEY,
    email      varchar(254),
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE cart (
    id         uuid PRIMARY KEY,
    account_id uuid        NOT NULL UNIQUE,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE cart_products (
    cart_id    uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    quantity   int  NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    PRIMARY KEY (cart_id, product_id)
);

-- The diagram's "order"; a reserved word in SQL, hence the plural.
CREATE TABLE orders (
    id                     uuid PRIMARY KEY,
    order_from             uuid          NOT NULL,
    status                 varchar(30)   NOT NULL,
    status_reason          varchar(40),
    total_amount           numeric(14,2) NOT NULL,
    currency               varchar(3)    NOT NULL,
    idempotency_key        varchar(255)  NOT NULL,
    request_hash           varchar(64)   NOT NULL,
    reservation_expires_at timestamptz,
    payment_due_by         timestamptz,
    created_on             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL,
    -- One order per customer and Idempotency-Key, however many requests race.
    UNIQUE (order_from, idempotency_key)
);

CREATE INDEX orders_customer_idx ON orders (order_from, created_on DESC);
CREATE INDEX orders_status_idx ON orders (status, created_on DESC);
CREATE INDEX orders_open_idx ON orders (created_on) WHERE status IN ('PENDING', 'AWAITING_PAYMENT');

-- Order lines with the name and unit price as they were when the order was placed.
CREATE TABLE order_item (
    order_id   uuid          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no    int           NOT NULL,
    product_id uuid          NOT NULL,
    name       varchar(200)  NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    quantity   int           NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, product_id)
);

-- Every status an order went through, in order.
CREATE TABLE order_status_change (
    order_id   uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    seq        int         NOT NULL,
    status     varchar(30) NOT NULL,
    reason     varchar(40),
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (order_id, seq)
);

-- One payment per order. stripe_payment_intent is the provider's reference (NOT NULL in the
-- diagram); it is null until the provider has answered, because the row is written
-- before the call so that a retry reuses its idempotency key.
CREATE TABLE payment (
    id                    uuid PRIMARY KEY,
    user_id               uuid          NOT NULL,
    order_id              uuid          NOT NULL UNIQUE REFERENCES orders (id),
    stripe_payment_intent varchar(255),
    amount                numeric(14,2) NOT NULL,
    currency              varchar(10)   NOT NULL,
    status                varchar(50)   NOT NULL,
    failure_reason        varchar(50),
    failure_detail        varchar(500),
    pay_before            timestamptz   NOT NULL,
    cancel_requested      boolean       NOT NULL DEFAULT false,
    attempts              int           NOT NULL DEFAULT 0,
    lease_until           timestamptz,
    next_attempt_at       timestamptz,
    correlation_id        varchar(128),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL
);

CREATE INDEX payment_user_idx ON payment (user_id, created_at DESC);
CREATE INDEX payment_work_idx ON payment (status) WHERE status IN ('PENDING', 'PROCESSING', 'REFUND_PENDING');
CREATE INDEX payment_reference_idx ON payment (stripe_payment_intent);

-- Provider webhook events already applied; a second delivery of one is refused.
CREATE TABLE webhook_event (
    event_id    varchar(255) PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    received_at timestamptz  NOT NULL
);
