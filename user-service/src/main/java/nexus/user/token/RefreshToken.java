package nexus.user.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One refresh token of a login. Only its SHA-256 hash is stored. Every use spends it and
 * issues the next one in the same family (the login); presenting a spent token means it
 * was stolen or replayed, and revokes the whole family.
 */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

	@Id
	private UUID id;

	@Column(name = "family_id", nullable = false)
	private UUID familyId;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected RefreshToken() {
		// for JPA
	}

	RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.familyId = familyId;
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/**
	 * Why this token cannot be used now, if it cannot.
	 * @param now the time
	 * @return the reason, or {@code null} when it is good
	 */
	RefreshTokens.@Nullable Reason refusal(Instant now) {
		if (this.revokedAt != null) {
			return RefreshTokens.Reason.REVOKED;
		}
		if (this.usedAt != null) {
			return RefreshTokens.Reason.REUSED;
		}
		if (!now.isBefore(this.expiresAt)) {
			return RefreshTokens.Reason.EXPIRED;
		}
		return null;
	}

	/**
	 * Whether this token was spent less than {@code grace} ago.
	 * @param grace the grace window
	 * @param now the time
	 * @return {@code true} within the window
	 */
	boolean spentWithin(Duration grace, Instant now) {
		return this.usedAt != null && now.isBefore(this.usedAt.plus(grace));
	}

	void spend(Instant now) {
		this.usedAt = now;
	}

	UUID familyId() {
		return this.familyId;
	}

	UUID userId() {
		return this.userId;
	}

}
