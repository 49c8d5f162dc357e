-- catalog-service: categories, products, images, stock reservations, reviews and comments,
-- plus local copies of what other services tell us (authors' display names, purchases).

-- Name search (products.name ILIKE '%...%') is served by trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE category (
    id         uuid         PRIMARY KEY,
    name       varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL
);

-- Names are unique among top-level categories, ignoring case.
CREATE UNIQUE INDEX category_name_uq ON category (lower(name));
CREATE INDEX category_name_trgm_idx ON category USING gin (name gin_trgm_ops);

CREATE TABLE sub_category (
    id          uuid         PRIMARY KEY,
    category_id uuid         NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    name        varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);

-- Names are unique within their parent, ignoring case; also serves "sub-categories of".
CREATE UNIQUE INDEX sub_category_name_uq ON sub_category (category_id, lower(name));

-- A deleted product keeps its row (its id stays valid in order history) but leaves the
-- catalogue: every catalogue query reads deleted_at IS NULL, and every index below is
-- partial on it. A live product always has a category; the foreign keys refuse to delete
-- a category or sub-category that live products still use.
CREATE TABLE product (
    id              uuid          PRIMARY KEY,
    name            varchar(200)  NOT NULL,
    description     text,
    price           numeric(10, 2) NOT NULL CHECK (price > 0),
    currency        varchar(3)    NOT NULL,
    category_id     uuid          REFERENCES category (id),
    sub_category_id uuid          REFERENCES sub_category (id),
    amount_in_stock int           NOT NULL CHECK (amount_in_stock >= 0),
    rating_total    bigint        NOT NULL DEFAULT 0,
    rating_count    int           NOT NULL DEFAULT 0,
    rating_average  numeric(3, 2) NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    deleted_at      timestamptz,
    version         bigint        NOT NULL,
    CONSTRAINT product_live_has_category CHECK (deleted_at IS NOT NULL OR category_id IS NOT NULL)
);

-- One index per listed filter and sort (README "Indexes"); the id is the sort's tie-breaker.
CREATE INDEX product_name_trgm_idx ON product USING gin (name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX product_category_idx ON product (category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX product_sub_category_idx ON product (sub_category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX product_price_idx ON product (price, id) WHERE deleted_at IS NULL;
CREATE INDEX product_stock_idx ON product (amount_in_stock, id) WHERE deleted_at IS NULL;
CREATE INDEX product_name_idx ON product (lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX product_created_idx ON product (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX product_rating_idx ON product (rating_average, id) WHERE deleted_at IS NULL;

CREATE TABLE product_image (
    id           uuid         PRIMARY KEY,
    product_id   uuid         NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    content_type varchar(50)  NOT NULL,
    size_bytes   int          NOT NULL,
    sha256       varchar(64)  NOT NULL,
    image        bytea        NOT NULL,
    created_at   timestamptz  NOT NULL
);

CREATE INDEX product_image_product_idx ON product_image (product_id, created_at);

-- Stock held for an order: all of its lines or none. The status says where it stands;
-- RESERVED rows hold stock until they are sold, released or expire.
CREATE TABLE stock_reservation (
    order_id    uuid        PRIMARY KEY,
    customer_id uuid        NOT NULL,
    status      varchar(20) NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);

CREATE INDEX stock_reservation_due_idx ON stock_reservation (expires_at) WHERE status = 'RESERVED';

CREATE TABLE stock_reservation_line (
    order_id   uuid NOT NULL REFERENCES stock_reservation (order_id) ON DELETE CASCADE,
    product_id uuid NOT NULL,
    quantity   int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX stock_reservation_line_product_idx ON stock_reservation_line (product_id);

-- Display names of users, copied from user events, for review and comment authors.
CREATE TABLE author (
    id           uuid         PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- Products each customer bought in a confirmed order, from order events: the proof
-- behind "verified purchase".
CREATE TABLE purchase (
    customer_id uuid        NOT NULL,
    product_id  uuid        NOT NULL,
    order_id    uuid        NOT NULL,
    confirmed_at timestamptz NOT NULL,
    PRIMARY KEY (customer_id, product_id, order_id)
);

CREATE INDEX purchase_order_idx ON purchase (order_id);

CREATE TABLE review (
    id                uuid          PRIMARY KEY,
    product_id        uuid          NOT NULL REFERENCES product (id),
    author_id         uuid          NOT NULL,
    stars             int           NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment           text          NOT NULL,
    verified_purchase boolean       NOT NULL,
    created_at        timestamptz   NOT NULL,
    CONSTRAINT review_one_per_author UNIQUE (product_id, author_id)
);

CREATE INDEX review_product_idx ON review (product_id, created_at, id);

CREATE TABLE comment (
    id         uuid        PRIMARY KEY,
    product_id uuid        NOT NULL REFERENCES product (id),
    author_id  uuid        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX comment_product_idx ON comment (product_id, created_at, id);
