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
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque refresh tokens that rotate on every use, with reuse detection: presenting a
 * spent token revokes every token of that login.
 */
@Service
public class RefreshTokens {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RefreshTokenRepository tokens;

	private final TokenProperties properties;

	private final Clock clock;

	RefreshTokens(RefreshTokenRepository tokens, TokenProperties properties, Clock clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts a login: the first refresh token of a new family.
	 * @param userId the user
	 * @return the raw token, shown to the client once
	 */
	@Transactional
	public String startLogin(UUID userId) {
		return issue(UUID.randomUUID(), userId);
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
			return Rotation.refused(Outcome.UNKNOWN);
		}
		RefreshToken token = found.get();
		RefreshToken.Refusal refusal = token.refusal(now);
		if (refusal == RefreshToken.Refusal.REUSED) {
			int revoked = this.tokens.revokeFamily(token.familyId(), now);
			log.warn("Refresh token reuse for user {}: revoked {} token(s) of login {}", token.userId(), revoked,
					token.familyId());
			return Rotation.refused(Outcome.REUSED);
		}
		if (refusal != null) {
			return Rotation.refused((refusal == RefreshToken.Refusal.REVOKED) ? Outcome.REVOKED : Outcome.EXPIRED);
		}
		token.spend(now);
		return new Rotation(Outcome.ROTATED, token.userId(), token.familyId(), issue(token.familyId(), token.userId()));
	}

	/**
	 * Ends the login a refresh token belongs to. Unknown tokens are ignored.
	 * @param rawToken the token the client presented
	 */
	@Transactional
	public void logout(String rawToken) {
		this.tokens.lockByHash(hash(rawToken))
			.ifPresent((token) -> this.tokens.revokeFamily(token.familyId(), this.clock.instant()));
	}

	/**
	 * Ends a login, as when its user may no longer refresh.
	 * @param familyId the login
	 */
	@Transactional
	public void revokeLogin(UUID familyId) {
		this.tokens.revokeFamily(familyId, this.clock.instant());
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

	private static String hash(String rawToken) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(((rawToken != null) ? rawToken : "").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What became of a refresh attempt. */
	public enum Outcome {

		/** Spent and replaced. */
		ROTATED,

		/** No such token. */
		UNKNOWN,

		/** Its login was ended. */
		REVOKED,

		/** Past its lifetime. */
		EXPIRED,

		/** Already spent: the whole login was revoked. */
		REUSED

	}

	/**
	 * The result of a refresh attempt.
	 *
	 * @param outcome what happened
	 * @param userId the token's user, when rotated
	 * @param familyId the token's login, when rotated
	 * @param nextToken the new raw refresh token, when rotated
	 */
	public record Rotation(Outcome outcome, UUID userId, UUID familyId, String nextToken) {

		static Rotation refused(Outcome outcome) {
			return new Rotation(outcome, null, null, null);
		}

		@Override
		public String toString() {
			return "Rotation[" + this.outcome + ", user=" + this.userId + "]";
		}

	}

}
