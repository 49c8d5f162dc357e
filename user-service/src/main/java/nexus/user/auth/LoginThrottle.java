package nexus.user.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in the database, so every
 * instance of user-service sees the same counts.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final ThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, ThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long the caller must wait before trying again, if it is blocked.
	 * @param email the address tried
	 * @param address the client address
	 * @param now the time
	 * @return the wait, or empty when the attempt may go ahead
	 */
	@Transactional(readOnly = true)
	Optional<Duration> blockedFor(String email, String address, Instant now) {
		return this.jdbc.sql("""
				SELECT max(blocked_until) FROM login_throttle
				WHERE throttle_key IN (:account, :address) AND blocked_until > :now
				""")
			.param("account", accountKey(email))
			.param("address", addressKey(address))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(OffsetDateTime.class)
			.optional()
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	/**
	 * Counts a failed login against the address tried and the client address.
	 * @param email the address tried
	 * @param address the client address
	 * @param now the time
	 */
	@Transactional
	void recordFailure(String email, String address, Instant now) {
		count(accountKey(email), this.properties.account(), now);
		count(addressKey(address), this.properties.address(), now);
	}

	/**
	 * Forgets the failures of an account after a successful login.
	 * @param email the address that logged in
	 */
	@Transactional
	void recordSuccess(String email) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(email)).update();
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	@Transactional
	void pruneStale() {
		Duration longest = max(this.properties.account().window(), this.properties.address().window());
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				DELETE FROM login_throttle
				WHERE window_started_at < :windowsBefore
				  AND (blocked_until IS NULL OR blocked_until < :now)
				""").param("windowsBefore", now.minus(longest)).param("now", now).update();
	}

	// One statement per key: a new window when the old one is over, otherwise one more
	// failure, and a block once the limit is reached. Concurrent failures add up exactly.
	private void count(String key, ThrottleProperties.Limit limit, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO login_throttle AS t (throttle_key, failures, window_started_at, blocked_until)
					VALUES (:key, 1, :now, CASE WHEN 1 >= :max THEN CAST(:now AS timestamptz) + make_interval(secs => :block) END)
					ON CONFLICT (throttle_key) DO UPDATE SET
					  failures = CASE WHEN t.window_started_at + make_interval(secs => :window) <= :now THEN 1
					                  ELSE t.failures + 1 END,
					  window_started_at = CASE WHEN t.window_started_at + make_interval(secs => :window) <= :now THEN :now
					                           ELSE t.window_started_at END,
					  blocked_until = CASE
					    WHEN (CASE WHEN t.window_started_at + make_interval(secs => :window) <= :now THEN 1
					               ELSE t.failures + 1 END) >= :max
					    THEN CAST(:now AS timestamptz) + make_interval(secs => :block)
					    ELSE t.blocked_until END
					""")
			.param("key", key)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("max", limit.maxFailures())
			.param("window", limit.window().toSeconds())
			.param("block", limit.block().toSeconds())
			.update();
	}

	private static String accountKey(String email) {
		return "account:" + email.trim().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
