-- The W3C traceparent of the request that placed the order, kept with the work that
-- continues it later (a payment run, a webhook, the deadline sweeper), so that the events
-- that work publishes continue the order's trace. Opaque to the domain; may be absent.
ALTER TABLE orders ADD COLUMN trace_parent varchar(128);
ALTER TABLE payment ADD COLUMN trace_parent varchar(128);

-- When the provider was last asked about a charge whose outcome we did not know (it
-- failed for an unavailable provider, or was called off mid-run); reconciliation asks
-- about those not yet reconciled.
ALTER TABLE payment ADD COLUMN reconciled_at timestamptz;
CREATE INDEX payment_unknown_outcome_idx ON payment (updated_at)
    WHERE reconciled_at IS NULL AND status IN ('FAILED', 'VOIDED');
