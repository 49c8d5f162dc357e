package nexus.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import nexus.gateway.GatewayProperties;
import nexus.gateway.problem.GatewayProblems;
import nexus.jwt.JwtRules;
import nexus.jwt.revocation.RevocationFeed;
import nexus.jwt.revocation.RevocationView;
import nexus.jwt.revocation.RevokedTokenValidator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway checks every token itself (signature through the cached JWKS, honouring key
 * rotation; issuer; audience; expiry; not revoked, by its own revocation view fed from
 * the users topic), lets public reads and authentication through, keeps administrators'
 * operations, its own actuator (but health) and the operator's console's data to
 * administrators, and passes the token on to the service, which checks it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

	@Bean
	RevocationView revocationView(GatewayRevocationProperties properties) {
		return new RevocationView(properties.retention(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnProperty(name = "nexus.security.revocation.enabled", matchIfMissing = true)
	RevocationFeed revocationFeed(RevocationView view, GatewayRevocationProperties properties) {
		return new RevocationFeed(view, properties.bootstrapServers(), "gateway", Clock.systemUTC());
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(GatewayJwtProperties properties, RevocationView revocations) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtRules.validator(properties.issuer(), properties.audience()),
						new RevokedTokenValidator(revocations)));
		// What goes wrong with the token itself is a JwtException (401). When the keys
		// cannot be fetched, Nimbus's reactive key source fails with a bare
		// IllegalStateException, which no security handler sees (a 500): it becomes a
		// JwtException too, which the resource server treats as a failure of the service
		// (AuthenticationServiceException, 503 below), not of the token.
		return (token) -> decoder.decode(token)
			.onErrorMap((ex) -> !(ex instanceof JwtException),
					(ex) -> new JwtException("Cannot check the token now: " + ex.getMessage(), ex));
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ManagementPort managementPort) {
		ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
			if (RevokedTokenValidator.isRevocation(ex)) {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
				return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "token-revoked", "Token revoked",
						"This access token was revoked (deactivation, role or password change, or sign-out everywhere); "
								+ "refresh it or log in again");
			}
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
					"A valid access token is required");
		};
		// A token that cannot be checked because the keys cannot be fetched (user-service
		// down, a key not cached yet) is 503, not the 500 of Spring Security's rethrow:
		// the
		// token may well be fine. Every other failure is the 401 above.
		ServerAuthenticationFailureHandler failure = (filterExchange, ex) -> {
			if (ex instanceof AuthenticationServiceException) {
				ServerWebExchange exchange = filterExchange.getExchange();
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
				return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "token-check-unavailable",
						"Cannot check tokens now",
						"The keys that verify access tokens cannot be fetched at the moment; try again shortly");
			}
			return unauthorized.commence(filterExchange.getExchange(), ex);
		};
		ServerAccessDeniedHandler forbidden = (exchange, ex) -> GatewayProblems.write(exchange, HttpStatus.FORBIDDEN,
				"forbidden", "Forbidden", "You are not allowed to do this");
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.cors((cors) -> {
			})
			.headers((headers) -> headers
				.referrerPolicy(
						(referrer) -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
				.hsts((hsts) -> hsts.maxAge(Duration.ofDays(365))))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// Metrics and the other operational endpoints: for Prometheus on the
				// management
				// port, for administrators anywhere else (ADR 0008).
				.matchers(managementPort.matcher())
				.permitAll()
				.pathMatchers("/actuator", "/actuator/**")
				.hasRole("ADMIN")
				// The operator's console: its page is public (it holds no data), what it
				// reads
				// is for administrators.
				.pathMatchers("/ops/api/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.GET, "/ops", "/ops/", "/ops/assets/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/asyncapi.json")
				.permitAll()
				.pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**",
						"/service-docs/**")
				.permitAll()
				.pathMatchers("/graphql", "/graphiql", "/graphiql/**")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh",
						"/api/auth/logout")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/api/catalog/**")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/payments/webhook")
				.permitAll()
				.pathMatchers(HttpMethod.POST, "/api/catalog/products/*/reviews", "/api/catalog/products/*/comments")
				.authenticated()
				.pathMatchers(HttpMethod.POST, "/api/catalog/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.PUT, "/api/catalog/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.PATCH, "/api/catalog/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.DELETE, "/api/catalog/**")
				.hasRole("ADMIN")
				.pathMatchers("/api/users/me", "/api/users/me/**")
				.authenticated()
				.pathMatchers("/api/users", "/api/users/**")
				.hasRole("ADMIN")
				.pathMatchers(HttpMethod.POST, "/api/orders/*/ship", "/api/orders/*/deliver")
				.hasRole("ADMIN")
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(
						new ReactiveJwtAuthenticationConverterAdapter(JwtRules.authenticationConverter())))
				.authenticationEntryPoint(unauthorized)
				.authenticationFailureHandler(failure)
				.accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.cors().allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
				"X-Request-Id", "Idempotency-Key"));
		cors.setExposedHeaders(List.of("X-Request-Id", HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
				"RateLimit-Remaining"));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

}
