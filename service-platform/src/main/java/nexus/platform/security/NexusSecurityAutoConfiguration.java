package nexus.platform.security;

import java.time.Clock;
import java.util.List;

import nexus.jwt.JwtRules;
import nexus.jwt.revocation.RevocationFeed;
import nexus.jwt.revocation.RevocationView;
import nexus.jwt.revocation.RevokedTokenValidator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is a JWT resource server: it checks each access token itself (signature
 * through user-service's JWKS, issuer, audience, expiry, and that it was not revoked) and
 * trusts no network. Roles come from the {@code roles} claim as {@code ROLE_*}
 * authorities; method security is on. Revoked tokens are those of the service's
 * {@link RevocationView}, fed from {@code UserAccessRevoked} on the users topic and
 * rebuilt from it at every start.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ JwtProperties.class, RevocationProperties.class })
@EnableMethodSecurity
public class NexusSecurityAutoConfiguration {

	/** The claim that lists a user's roles. */
	public static final String ROLES_CLAIM = JwtRules.ROLES_CLAIM;

	@Bean
	@ConditionalOnMissingBean
	RevocationView revocationView(RevocationProperties properties, Clock clock) {
		return new RevocationView(properties.retention(), clock);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "nexus.security.revocation.enabled", matchIfMissing = true)
	RevocationFeed revocationFeed(RevocationView view, Clock clock,
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${spring.application.name:nexus}") String application) {
		return new RevocationFeed(view, bootstrapServers, application, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(JwtProperties properties, RevocationView revocations) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
		decoder.setJwtValidator(validator(properties, revocations));
		return decoder;
	}

	/**
	 * The checks every Nexus access token must pass besides its signature, revocation
	 * included.
	 * @param properties the expected issuer and audience
	 * @param revocations the users' not-before instants
	 * @return the validator
	 */
	public static OAuth2TokenValidator<Jwt> validator(JwtProperties properties, RevocationView revocations) {
		return new DelegatingOAuth2TokenValidator<>(JwtRules.validator(properties.issuer(), properties.audience()),
				new RevokedTokenValidator(revocations));
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain nexusSecurityFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints)
			throws Exception {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> {
				for (PublicEndpoints endpoints : publicEndpoints) {
					String[] patterns = endpoints.patterns().toArray(String[]::new);
					if (endpoints.method() != null) {
						requests.requestMatchers(endpoints.method(), patterns).permitAll();
						if (endpoints.method() == HttpMethod.GET) {
							// HEAD is GET without the body: public where GET is.
							requests.requestMatchers(HttpMethod.HEAD, patterns).permitAll();
						}
					}
					else {
						requests.requestMatchers(patterns).permitAll();
					}
				}
				requests
					.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
							"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error")
					.permitAll();
				requests.requestMatchers("/actuator/**").hasRole("ADMIN");
				requests.anyRequest().authenticated();
			})
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(JwtRules.authenticationConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				// The bearer token filter rethrows a failure to check a token (keys
				// unavailable) instead of answering; the handler answers 503 for it.
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(problems);
						return filter;
					}
				}))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

}
