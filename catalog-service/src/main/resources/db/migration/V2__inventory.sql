-- Stock leaves the product for an aggregate of its own, the inventory (ADR 0014): a sale
-- no longer changes the product's version, and an edit of the product no longer sets
-- stock. Every product gets its inventory with what it has now: available as it was,
-- reserved and sold as its reservations hold them.

CREATE TABLE inventory (
    product_id uuid        PRIMARY KEY REFERENCES product (id),
    available  int         NOT NULL CHECK (available >= 0),
    reserved   int         NOT NULL CHECK (reserved >= 0),
    sold       int         NOT NULL CHECK (sold >= 0),
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL
);

INSERT INTO inventory (product_id, available, reserved, sold, updated_at, version)
SELECT p.id, p.amount_in_stock,
       COALESCE((SELECT sum(l.quantity) FROM stock_reservation_line l
                 JOIN stock_reservation r ON r.order_id = l.order_id
                 WHERE l.product_id = p.id AND r.status = 'RESERVED'), 0),
       COALESCE((SELECT sum(l.quantity) FROM stock_reservation_line l
                 JOIN stock_reservation r ON r.order_id = l.order_id
                 WHERE l.product_id = p.id AND r.status = 'SOLD'), 0),
       now(), 0
FROM product p;

-- The stock ledger: every restock (+N) and write-off (-N), with its reason and who made
-- it; a product's initial stock is its first line. So, for every product, the sum of its
-- lines = available + reserved + sold.
CREATE TABLE stock_adjustment (
    id              uuid         PRIMARY KEY,
    product_id      uuid         NOT NULL REFERENCES product (id),
    delta           int          NOT NULL CHECK (delta <> 0),
    reason          varchar(200) NOT NULL,
    actor_id        uuid,
    available_after int          NOT NULL CHECK (available_after >= 0),
    created_at      timestamptz  NOT NULL
);

CREATE INDEX stock_adjustment_product_idx ON stock_adjustment (product_id, created_at, id);

-- What products had before the ledger is one line each, by nobody (actor_id NULL).
INSERT INTO stock_adjustment (id, product_id, delta, reason, actor_id, available_after, created_at)
SELECT gen_random_uuid(), product_id, available + reserved + sold, 'Stock before the ledger', NULL, available, now()
FROM inventory
WHERE available + reserved + sold > 0;

-- product.amount_in_stock stays, as a copy of inventory.available that only this trigger
-- writes: it is what the stock filters of the product list use, with their index
-- (product_stock_idx, partial on deleted_at IS NULL, which an index on inventory could not
-- be). The product's entity does not map it, so writing it changes neither the product's
-- version nor its updated_at.
ALTER TABLE product ALTER COLUMN amount_in_stock SET DEFAULT 0;

CREATE FUNCTION inventory_copies_available() RETURNS trigger AS $$
BEGIN
    UPDATE product SET amount_in_stock = NEW.available WHERE id = NEW.product_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inventory_available_copy
    AFTER INSERT OR UPDATE OF available ON inventory
    FOR EACH ROW EXECUTE FUNCTION inventory_copies_available();
