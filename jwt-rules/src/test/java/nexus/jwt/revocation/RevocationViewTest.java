package nexus.jwt.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationViewTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final RevocationView view = new RevocationView(Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));

	private final RevokedTokenValidator validator = new RevokedTokenValidator(this.view);

	private final UUID user = UUID.randomUUID();

	@Test
	void aTokenIssuedBeforeItsUsersInstantIsRevokedAndOneIssuedAtOrAfterItIsNot() {
		this.view.revoke(this.user, NOW);

		assertThat(this.view.isRevoked(this.user, NOW.minusSeconds(1))).isTrue();
		assertThat(this.view.isRevoked(this.user, NOW)).isFalse();
		assertThat(this.view.isRevoked(this.user, NOW.plusSeconds(1))).isFalse();
		assertThat(this.view.isRevoked(this.user, null)).as("no iat, but an instant").isTrue();
		assertThat(this.view.isRevoked(UUID.randomUUID(), NOW.minusSeconds(600))).as("another user").isFalse();
	}

	@Test
	void theLatestInstantWinsWhateverOrderTheEventsArriveIn() {
		this.view.revoke(this.user, NOW);
		this.view.revoke(this.user, NOW.minusSeconds(60));

		assertThat(this.view.notBefore(this.user)).hasValue(NOW);
		this.view.revoke(this.user, NOW.plusSeconds(5));
		assertThat(this.view.isRevoked(this.user, NOW.plusSeconds(1))).isTrue();
	}

	@Test
	void instantsOlderThanTheRetentionAreForgotten() {
		this.view.revoke(this.user, NOW.minus(Duration.ofHours(2)));
		UUID recent = UUID.randomUUID();
		this.view.revoke(recent, NOW.minusSeconds(10));

		this.view.prune();

		assertThat(this.view.notBefore(this.user)).isEmpty();
		assertThat(this.view.notBefore(recent)).isPresent();
		assertThat(this.view.size()).isOne();
	}

	@Test
	void theValidatorRefusesARevokedTokenWithACodeTheEntryPointRecognises() {
		this.view.revoke(this.user, NOW);

		OAuth2TokenValidatorResult revoked = this.validator.validate(token(this.user, NOW.minusSeconds(30)));
		OAuth2TokenValidatorResult fresh = this.validator.validate(token(this.user, NOW));

		assertThat(revoked.hasErrors()).isTrue();
		assertThat(fresh.hasErrors()).isFalse();
		JwtValidationException failure = new JwtValidationException("invalid", revoked.getErrors());
		assertThat(RevokedTokenValidator.isRevocation(new InvalidBearerTokenException("invalid", failure))).isTrue();
		assertThat(RevokedTokenValidator.isRevocation(new InvalidBearerTokenException("expired"))).isFalse();
		assertThat(RevokedTokenValidator.isRevocation(null)).isFalse();
	}

	private static Jwt token(UUID subject, Instant issuedAt) {
		return new Jwt("token", issuedAt, issuedAt.plusSeconds(900), Map.of("alg", "RS256"),
				Map.of("sub", subject.toString(), "iat", issuedAt, "roles", List.of("CUSTOMER")));
	}

}
