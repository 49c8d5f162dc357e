package nexus.jwt.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * User id to not-before instant: an access token of that user issued before the instant
 * is revoked. Only the latest instant per user counts, so events may arrive twice or out
 * of order. An instant older than {@code retention} is forgotten: every token issued
 * before it has expired by then (retention is at least the access tokens' lifetime).
 */
public final class RevocationView {

	private final Map<UUID, Instant> notBefore = new ConcurrentHashMap<>();

	private final Duration retention;

	private final Clock clock;

	private final AtomicLong updates = new AtomicLong();

	private volatile @Nullable Instant lastUpdate;

	/**
	 * An empty view.
	 * @param retention how long an instant is kept; at least the access tokens' lifetime
	 * @param clock the time
	 */
	public RevocationView(Duration retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * Revokes every token of a user issued before an instant; a later instant already
	 * known wins.
	 * @param userId the user
	 * @param instant the not-before instant
	 */
	public void revoke(UUID userId, Instant instant) {
		this.notBefore.merge(userId, instant, (known, added) -> added.isAfter(known) ? added : known);
		this.lastUpdate = this.clock.instant();
		if (this.updates.incrementAndGet() % 1000 == 0) {
			prune();
		}
	}

	/**
	 * Whether a token is revoked.
	 * @param userId its subject
	 * @param issuedAt its {@code iat}, or {@code null} when it has none
	 * @return {@code true} when its user has a not-before instant after {@code issuedAt}
	 * (or it has no {@code iat} and its user has one at all)
	 */
	public boolean isRevoked(UUID userId, @Nullable Instant issuedAt) {
		Instant instant = this.notBefore.get(userId);
		if (instant == null) {
			return false;
		}
		return issuedAt == null || issuedAt.isBefore(instant);
	}

	/**
	 * A user's not-before instant, if the view has one.
	 * @param userId the user
	 * @return the instant
	 */
	public Optional<Instant> notBefore(UUID userId) {
		return Optional.ofNullable(this.notBefore.get(userId));
	}

	/** Forgets the instants older than the retention. */
	public void prune() {
		Instant horizon = this.clock.instant().minus(this.retention);
		this.notBefore.values().removeIf((instant) -> instant.isBefore(horizon));
	}

	/**
	 * How many users have an instant.
	 * @return the count
	 */
	public int size() {
		return this.notBefore.size();
	}

	/**
	 * When the view last learnt an instant.
	 * @return the time, or {@code null} before the first
	 */
	public @Nullable Instant lastUpdate() {
		return this.lastUpdate;
	}

	/**
	 * How long the view keeps an instant, and how far back a feed replays at start.
	 * @return the retention
	 */
	public Duration retention() {
		return this.retention;
	}

}
