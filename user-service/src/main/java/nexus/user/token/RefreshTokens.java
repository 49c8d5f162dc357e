package nexus.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens that rotate on every use, with reuse detection: presenting a
 * spent token revokes every token of that login, unless it was spent within the grace
 * window ({@code nexus.tokens.refresh-grace}, 30 s): then the login goes on with a new
 * token, and its unspent one is spent, so that a client whose answer was lost can retry.
 * Only hashes are stored, so the pair the client missed cannot be sent again; it gets the
 * next one.
 */
@Service
public class RefreshTokens {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RefreshTokenRepository tokens;

	private final LoginSessions sessions;

	private final TokenProperties properties;

	private final Clock clock;

	RefreshTokens(RefreshTokenRepository tokens, LoginSessions sessions, TokenProperties properties, Clock clock) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts a login: the first refresh token of a new family.
	 * @param userId the user
	 * @param clientAddress where the client logs in from
	 * @param userAgent what it says it is, if anything
	 * @return the login's id and the raw token, shown to the client once
	 */
	@Transactional
	public Started startLogin(UUID userId, String clientAddress, @Nullable String userAgent) {
		UUID familyId = UUID.randomUUID();
		String token = issue(familyId, userId);
		this.sessions.started(familyId, userId, this.clock.instant(), clientAddress, userAgent);
		return new Started(familyId, token);
	}

	/**
	 * The active logins of a user, most recently used first.
	 * @param userId the user
	 * @return the logins
	 */
	public List<LoginSession> sessions(UUID userId) {
		return this.sessions.active(userId);
	}

	/**
	 * Ends one login of a user.
	 * @param userId the user
	 * @param sessionId the login
	 * @throws NotFound when the user has no such active login
	 */
	@Transactional
	public void endSession(UUID userId, UUID sessionId) {
		if (!this.sessions.isActive(userId, sessionId)) {
			throw new NotFound("Session", sessionId);
		}
		revokeLogin(sessionId);
	}

	/**
	 * Ends every login of a user but one.
	 * @param userId the user
	 * @param keep the login to keep, or {@code null} for none
	 * @return how many were ended
	 */
	@Transactional
	public int endSessionsExcept(UUID userId, @Nullable UUID keep) {
		List<UUID> ended = this.sessions.activeIds(userId).stream().filter((id) -> !id.equals(keep)).toList();
		ended.forEach(this::revokeLogin);
		return ended.size();
	}

	/**
	 * Spends a refresh token and issues the next one of its login. Commits on its own, so
	 * that a detected reuse stays revoked whatever the caller does next.
	 * @param rawToken the token the client presented
	 * @return the rotation, or why it was refused
	 */
	@Transactional
	public Rotation rotate(String rawToken) {
		Instant now = this.clock.instant();
		Optional<RefreshToken> found = this.tokens.lockByHash(hash(rawToken));
		if (found.isEmpty()) {
			return new Refused(Reason.UNKNOWN);
		}
		RefreshToken token = found.get();
		Reason refusal = token.refusal(now);
		if (refusal == Reason.REUSED && token.spentWithin(this.properties.refreshGrace(), now)) {
			// A retry whose first answer was lost (or two tabs racing): the login goes on
			// with a new token, and the one the client may never have received is spent.
			// Presented after the window, either is a reuse like any other.
			this.tokens.supersedeUnspent(token.familyId(), now);
			this.sessions.used(token.familyId(), now);
			log.info("Refresh token of user {} presented again within the grace window; login {} goes on",
					token.userId(), token.familyId());
			return new Rotated(token.userId(), token.familyId(), issue(token.familyId(), token.userId()), true);
		}
		if (refusal == Reason.REUSED) {
			int revoked = this.tokens.revokeFamily(token.familyId(), now);
			this.sessions.ended(token.familyId(), now);
			log.warn("Refresh token reuse for user {}: revoked {} token(s) of login {}", token.userId(), revoked,
					token.familyId());
		}
		if (refusal != null) {
			return new Refused(refusal);
		}
		token.spend(now);
		this.sessions.used(token.familyId(), now);
		return new Rotated(token.userId(), token.familyId(), issue(token.familyId(), token.userId()), false);
	}

	/**
	 * Ends the login a refresh token belongs to. Unknown tokens are ignored.
	 * @param rawToken the token the client presented
	 */
	@Transactional
	public void logout(String rawToken) {
		this.tokens.lockByHash(hash(rawToken)).ifPresent((token) -> revokeLogin(token.familyId()));
	}

	/**
	 * Ends a login, as when its user may no longer refresh.
	 * @param familyId the login
	 */
	@Transactional
	public void revokeLogin(UUID familyId) {
		Instant now = this.clock.instant();
		this.tokens.revokeFamily(familyId, now);
		this.sessions.ended(familyId, now);
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
	@Transactional
	public void pruneExpired() {
		// Keep expired tokens a day, so a late reuse is still recognised and logged.
		int deleted = this.tokens.deleteExpiredBefore(this.clock.instant().minus(Duration.ofDays(1)));
		if (deleted > 0) {
			log.info("Pruned {} expired refresh tokens", deleted);
		}
	}

	private String issue(UUID familyId, UUID userId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.tokens
			.save(new RefreshToken(familyId, userId, hash(raw), now, now.plus(this.properties.refreshTokenTtl())));
		return raw;
	}

	private static String hash(@Nullable String rawToken) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(((rawToken != null) ? rawToken : "").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new login.
	 *
	 * @param sessionId its id (the refresh-token family)
	 * @param token its first raw refresh token
	 */
	public record Started(UUID sessionId, String token) {

		@Override
		public String toString() {
			return "Started[session=" + this.sessionId + "]";
		}

	}

	/** What became of a refresh attempt: {@link Rotated} or {@link Refused}. */
	public sealed interface Rotation permits Rotated, Refused {

		/**
		 * The outcome's name for metrics: {@code rotated}, or the reason of the refusal.
		 * @return the name, lower case
		 */
		String outcome();

	}

	/**
	 * The token was spent and the next one of its login issued.
	 *
	 * @param userId the token's user
	 * @param familyId the token's login
	 * @param nextToken the new raw refresh token, shown to the client once
	 * @param graced whether the token had been spent already, within the grace window
	 */
	public record Rotated(UUID userId, UUID familyId, String nextToken, boolean graced) implements Rotation {

		@Override
		public String outcome() {
			return this.graced ? "grace" : "rotated";
		}

		@Override
		public String toString() {
			return "Rotated[user=" + this.userId + ", login=" + this.familyId + "]";
		}

	}

	/**
	 * The token cannot be used.
	 *
	 * @param reason why
	 */
	public record Refused(Reason reason) implements Rotation {

		@Override
		public String outcome() {
			return this.reason.name().toLowerCase(Locale.ROOT);
		}

	}

	/** Why a refresh token is refused. */
	public enum Reason {

		/** No such token. */
		UNKNOWN,

		/** Its login was logged out or found compromised. */
		REVOKED,

		/** Past its lifetime. */
		EXPIRED,

		/** Already spent, a replay: the whole login has just been revoked. */
		REUSED

	}

}
