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
 * Counts failed logins per account and address pair, per account and per client address
 * in the database, so every instance of user-service sees the same counts, and delays the
 * next attempt more with every failure past the free ones ({@link ThrottleProperties}).
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
	 * How long the caller must wait before trying again, if it must.
	 * @param email the address tried
	 * @param address the client address
	 * @param now the time
	 * @return the wait, or empty when the attempt may go ahead
	 */
	@Transactional(readOnly = true)
	Optional<Duration> blockedFor(String email, String address, Instant now) {
		return this.jdbc.sql("""
				SELECT max(blocked_until) FROM login_throttle
				WHERE throttle_key IN (:pair, :account, :address) AND blocked_until > :now
				""")
			.param("pair", pairKey(email, address))
			.param("account", accountKey(email))
			.param("address", addressKey(address))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(OffsetDateTime.class)
			.optional()
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	/**
	 * Counts a failed login against the pair, the address tried and the client address.
	 * @param email the address tried
	 * @param address the client address
	 * @param now the time
	 */
	@Transactional
	void recordFailure(String email, String address, Instant now) {
		count(pairKey(email, address), this.properties.pair(), now);
		count(accountKey(email), this.properties.account(), now);
		count(addressKey(address), this.properties.address(), now);
	}

	/**
	 * Forgets the failures of an account after a successful login (but not those of the
	 * client address, which others may share).
	 * @param email the address that logged in
	 * @param address the client address
	 */
	@Transactional
	void recordSuccess(String email, String address) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key IN (:pair, :account)")
			.param("pair", pairKey(email, address))
			.param("account", accountKey(email))
			.update();
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	@Transactional
	void pruneStale() {
		Duration longest = max(this.properties.pair().quietPeriod(),
				max(this.properties.account().quietPeriod(), this.properties.address().quietPeriod()));
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				DELETE FROM login_throttle
				WHERE last_failure_at < :quietSince
				  AND (blocked_until IS NULL OR blocked_until < :now)
				""").param("quietSince", now.minus(longest)).param("now", now).update();
	}

	// One statement per key: the count starts again after a quiet period, otherwise one
	// more failure; past the free ones, the next attempt waits base * 2^(extra - 1), at
	// most max. Concurrent failures add up exactly.
	private void count(String key, ThrottleProperties.Limit limit, Instant now) {
		this.jdbc.sql("""
				INSERT INTO login_throttle AS t (throttle_key, failures, last_failure_at, blocked_until)
				VALUES (:key, 1, :now, CASE WHEN 1 > :free
				    THEN CAST(:now AS timestamptz) + make_interval(secs => least(:max, :base)) END)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN t.last_failure_at + make_interval(secs => :quiet) <= :now THEN 1
				                  ELSE t.failures + 1 END,
				  last_failure_at = :now,
				  blocked_until = CASE
				    WHEN (CASE WHEN t.last_failure_at + make_interval(secs => :quiet) <= :now THEN 1
				               ELSE t.failures + 1 END) > :free
				    THEN CAST(:now AS timestamptz) + make_interval(secs => least(:max, :base * power(2, least(30,
				      (CASE WHEN t.last_failure_at + make_interval(secs => :quiet) <= :now THEN 1
				            ELSE t.failures + 1 END) - :free - 1))))
				    END
				""")
			.param("key", key)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("free", limit.freeFailures())
			.param("base", seconds(limit.baseDelay()))
			.param("max", seconds(limit.maxDelay()))
			.param("quiet", seconds(limit.quietPeriod()))
			.update();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String pairKey(String email, String address) {
		return "pair:" + normalized(email) + "|" + address;
	}

	private static String accountKey(String email) {
		return "account:" + normalized(email);
	}

	private static String normalized(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
