-- Failures are counted until a quiet period without any (not within a fixed window), and
-- each failure past the free ones delays the next attempt a little longer.
ALTER TABLE login_throttle RENAME COLUMN window_started_at TO last_failure_at;
ALTER TABLE login_throttle ALTER COLUMN throttle_key TYPE varchar(320);
