package nexus.jwt;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRulesTest {

	@Test
	void acceptsATokenForTheIssuerAndAudience() {
		assertThat(
				JwtRules.validator("urn:issuer", "api").validate(token("urn:issuer", List.of("api", "x"))).hasErrors())
			.isFalse();
	}

	@Test
	void refusesAnotherIssuerOrAudienceOrAnExpiredToken() {
		assertThat(JwtRules.validator("urn:issuer", "api").validate(token("urn:other", List.of("api"))).hasErrors())
			.isTrue();
		assertThat(JwtRules.validator("urn:issuer", "api").validate(token("urn:issuer", List.of("web"))).hasErrors())
			.isTrue();
		Jwt expired = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer("urn:issuer")
			.audience(List.of("api"))
			.issuedAt(Instant.now().minusSeconds(3600))
			.expiresAt(Instant.now().minusSeconds(600))
			.build();
		assertThat(JwtRules.validator("urn:issuer", "api").validate(expired).hasErrors()).isTrue();
	}

	@Test
	void rolesBecomeRoleAuthoritiesAndTheSubjectIsTheName() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("user-7")
			.claim(JwtRules.ROLES_CLAIM, List.of("ADMIN"))
			.build();

		var authentication = JwtRules.authenticationConverter().convert(jwt);

		assertThat(authentication.getName()).isEqualTo("user-7");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_ADMIN")
			.noneMatch((authority) -> authority.startsWith("ROLE_") && !authority.equals("ROLE_ADMIN"));
	}

	private static Jwt token(String issuer, List<String> audience) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(issuer)
			.audience(audience)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.build();
	}

}
