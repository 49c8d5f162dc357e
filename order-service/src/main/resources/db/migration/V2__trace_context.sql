-- The W3C traceparent of the request that placed the order, kept with the work that
-- continues it later (a payment run, a webhook, the deadline sweeper), so that the events
-- that work publishes continue the order's trace. Opaque to the domain; may be absent.
ALTER TABLE orders ADD COLUMN trace_parent varchar(128);
ALTER TABLE payment ADD COLUMN trace_parent varchar(128);
