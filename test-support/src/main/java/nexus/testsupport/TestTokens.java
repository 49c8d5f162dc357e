package nexus.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * Access tokens for integration tests of services other than user-service: an RSA key
 * published at a real JWKS endpoint (a small HTTP server, one per JVM) and tokens signed
 * with it, carrying the issuer and audience the services expect by default. A second,
 * unpublished key signs tokens that must be refused.
 */
public final class TestTokens {

	/** Issuer the services expect by default. */
	public static final String ISSUER = "urn:nexus:user-service";

	/** Audience the services expect by default. */
	public static final String AUDIENCE = "nexus-api";

	private static final RSAKey PUBLISHED = generate("test-key-1");

	private static final RSAKey UNPUBLISHED = generate("test-key-rogue");

	private static @Nullable String jwkSetUri;

	private static volatile boolean keysUnavailable;

	private TestTokens() {
	}

	/**
	 * The URL of the JWKS endpoint, starting it if needed.
	 * @return the JWKS URL
	 */
	public static synchronized String jwkSetUri() {
		if (jwkSetUri == null) {
			jwkSetUri = startJwksServer();
		}
		return jwkSetUri;
	}

	/**
	 * A valid customer token.
	 * @param userId the subject
	 * @return a signed JWT
	 */
	public static String customer(UUID userId) {
		return token(userId, List.of("CUSTOMER"), (claims) -> {
		});
	}

	/**
	 * A valid administrator token.
	 * @param userId the subject
	 * @return a signed JWT
	 */
	public static String admin(UUID userId) {
		return token(userId, List.of("ADMIN"), (claims) -> {
		});
	}

	/**
	 * A token signed with the published key, with claims a test may change.
	 * @param userId the subject
	 * @param roles the roles claim
	 * @param customizer changes claims before signing
	 * @return a signed JWT
	 */
	public static String token(UUID userId, List<String> roles, Consumer<JWTClaimsSet.Builder> customizer) {
		return sign(PUBLISHED, claims(userId, roles, customizer));
	}

	/**
	 * A well-formed token signed by a key the JWKS does not publish.
	 * @param userId the subject
	 * @return a signed JWT that must be refused
	 */
	public static String signedByUnknownKey(UUID userId) {
		return sign(UNPUBLISHED, claims(userId, List.of("ADMIN"), (claims) -> {
		}));
	}

	private static JWTClaimsSet claims(UUID userId, List<String> roles, Consumer<JWTClaimsSet.Builder> customizer) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(userId.toString())
			.claim("roles", roles)
			.claim("email", userId + "@example.com")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
			.jwtID(UUID.randomUUID().toString());
		customizer.accept(claims);
		return claims.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs something while the JWKS answers 503, as user-service's does while it is down:
	 * a service that must fetch the keys (a key it has not seen, or none cached yet)
	 * cannot check a token meanwhile.
	 * @param action what to do meanwhile
	 */
	public static synchronized void whileTheKeysAreUnavailable(Runnable action) {
		jwkSetUri();
		keysUnavailable = true;
		try {
			action.run();
		}
		finally {
			keysUnavailable = false;
		}
	}

	private static String startJwksServer() {
		byte[] body = new JWKSet(PUBLISHED.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				if (keysUnavailable) {
					exchange.sendResponseHeaders(503, -1);
					exchange.close();
					return;
				}
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-shutdown"));
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
