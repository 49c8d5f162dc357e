-- One name for the customer: the columns that held a customer's id under other names
-- (the first diagram's order_from, account_id and user_id) become customer_id, as the
-- code and the API call it. Renaming keeps the data, the constraints and the indexes.
-- (V1's header names the domain document by an older file name; it is docs/domain.md.
-- V1 stays as it was applied: editing it would change its Flyway checksum and fail
-- validation on every database that already ran it.)
ALTER TABLE orders RENAME COLUMN order_from TO customer_id;
ALTER TABLE cart RENAME COLUMN account_id TO customer_id;
ALTER TABLE payment RENAME COLUMN user_id TO customer_id;
ALTER INDEX payment_user_idx RENAME TO payment_customer_idx;
