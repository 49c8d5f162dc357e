package nexus.user.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTest {

	private static final Clock CLOCK = Clock.systemUTC();

	@TempDir
	Path directory;

	@Test
	void generatesAKeyOnFirstStartAndKeepsIt() throws Exception {
		SigningKeys first = SigningKeys.load(new TokenProperties.Keys(this.directory, true), CLOCK);
		SigningKeys again = SigningKeys.load(new TokenProperties.Keys(this.directory, true), CLOCK);

		assertThat(Files.list(this.directory)).hasSize(1);
		assertThat(again.current().getKeyID()).isEqualTo(first.current().getKeyID());
		assertThat(again.current().toRSAPublicKey()).isEqualTo(first.current().toRSAPublicKey());
	}

	@Test
	void refusesToStartWithoutKeysWhenGenerationIsOff() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK))
			.withMessageContaining("No signing key");
	}

	@Test
	void publishesEveryKeyAndSignsWithTheNewest() {
		SigningKeys.generate(this.directory, Instant.parse("2026-01-01T00:00:00Z"));
		SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK);
		RSAKey older = SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK).current();
		SigningKeys.generate(this.directory, Instant.parse("2026-06-01T00:00:00Z"));

		SigningKeys rotated = SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK);

		assertThat(rotated.published().getKeys()).hasSize(2).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
		assertThat(rotated.current().getKeyID()).isNotEqualTo(older.getKeyID());
		assertThat(rotated.published().getKeyByKeyId(older.getKeyID())).isNotNull();
	}

	@Test
	void aTokenSignedByAnOlderPublishedKeyStillVerifies() {
		SigningKeys.generate(this.directory, Instant.parse("2026-01-01T00:00:00Z"));
		RSAKey older = SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK).current();
		String oldToken = sign(older);
		SigningKeys.generate(this.directory, Instant.parse("2026-06-01T00:00:00Z"));

		SigningKeys rotated = SigningKeys.load(new TokenProperties.Keys(this.directory, false), CLOCK);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(rotated.published())).build();

		assertThat(decoder.decode(oldToken).getSubject()).isEqualTo("user-1");
		assertThat(decoder.decode(sign(rotated.current())).getSubject()).isEqualTo("user-1");
	}

	private static String sign(RSAKey key) {
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject("user-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.audience(List.of("nexus-api"))
			.build();
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
					claims))
			.getTokenValue();
	}

}
