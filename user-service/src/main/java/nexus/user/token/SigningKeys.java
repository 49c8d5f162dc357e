package nexus.user.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA keys that sign access tokens, read from PEM files in a directory (see
 * {@link TokenProperties.Keys}). A key's id ({@code kid}) is its RFC 7638 thumbprint, so
 * it is the same wherever the key is loaded.
 */
public final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final List<RSAKey> keys;

	private SigningKeys(List<RSAKey> keys) {
		this.keys = List.copyOf(keys);
	}

	/**
	 * Loads the keys, creating one first when there is none and that is allowed.
	 * @param settings where the keys are
	 * @param clock names a created key's file
	 * @return the keys
	 */
	public static SigningKeys load(TokenProperties.Keys settings, Clock clock) {
		Path directory = settings.location();
		List<Path> files = pemFiles(directory);
		if (files.isEmpty()) {
			if (!settings.generateIfMissing()) {
				throw new IllegalStateException("No signing key (*.pem) in " + directory.toAbsolutePath()
						+ " and nexus.tokens.keys.generate-if-missing is false");
			}
			files = List.of(generate(directory, clock.instant()));
		}
		List<RSAKey> keys = new ArrayList<>();
		for (Path file : files) {
			keys.add(read(file));
		}
		log.info("Token signing keys: {} published, {} signs", keys.size(), keys.getLast().getKeyID());
		return new SigningKeys(keys);
	}

	/**
	 * The key that signs new tokens: the last by file name.
	 * @return the private and public key
	 */
	public RSAKey current() {
		return this.keys.getLast();
	}

	/**
	 * Every key, private parts included, for signing and local verification.
	 * @return the key set
	 */
	public JWKSet all() {
		return new JWKSet(new ArrayList<JWK>(this.keys));
	}

	/**
	 * The public keys, as published at the JWKS endpoint.
	 * @return the public key set
	 */
	public JWKSet published() {
		return all().toPublicJWKSet();
	}

	/**
	 * Writes a new 2048-bit RSA key as a PKCS#8 PEM file readable only by its owner.
	 * @param directory where to write it
	 * @param now names the file, so that newer keys sort last
	 * @return the file
	 */
	public static Path generate(Path directory, Instant now) {
		try {
			Files.createDirectories(directory);
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(pair.getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			Path file = directory.resolve("signing-" + FILE_NAME.format(now) + ".pem");
			Files.writeString(file, pem, StandardCharsets.US_ASCII);
			restrict(file);
			log.info("Generated a token signing key at {}", file.toAbsolutePath());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a signing key to " + directory, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey read(Path file) {
		try {
			String pem = Files.readString(file, StandardCharsets.US_ASCII);
			String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			RSAPublicKey publicKey = (RSAPublicKey) factory
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the signing key " + file, ex);
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException ex) {
			throw new IllegalStateException(file + " is not a PKCS#8 PEM RSA private key", ex);
		}
	}

	private static List<Path> pemFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pem")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system: the directory's own protection has to do.
		}
	}

}
