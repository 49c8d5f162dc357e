package nexus.order.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nexus.platform.domain.InvalidValue;

/**
 * Checks a Stripe-style signature, {@code t=<unix seconds>,v1=<hex>[,v1=...]}: the hex
 * must be HMAC-SHA256 of {@code "<t>.<body>"} with the shared secret (compared in
 * constant time), and {@code t} must be within the tolerance of now, so an old message
 * cannot be sent again later.
 */
class WebhookSignatureVerifier {

	private static final String SIGNATURE_HEADER = "Stripe-Signature";

	private final byte[] secret;

	private final Duration tolerance;

	private final Clock clock;

	WebhookSignatureVerifier(String secret, Duration tolerance, Clock clock) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	void verify(String header, byte[] body) {
		if (header == null || header.isBlank()) {
			throw invalid("The Stripe-Signature header is missing");
		}
		Long timestamp = null;
		List<String> signatures = new ArrayList<>();
		for (String part : header.split(",")) {
			int equals = part.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String name = part.substring(0, equals).trim();
			String value = part.substring(equals + 1).trim();
			if ("t".equals(name)) {
				timestamp = parse(value);
			}
			else if ("v1".equals(name)) {
				signatures.add(value);
			}
		}
		if (timestamp == null || signatures.isEmpty()) {
			throw invalid("The Stripe-Signature header needs a timestamp and a v1 signature");
		}
		long age = Math.abs(this.clock.instant().getEpochSecond() - timestamp);
		if (age > this.tolerance.toSeconds()) {
			throw new InvalidValue("stale-webhook", "Stale webhook", SIGNATURE_HEADER, "The webhook was signed " + age
					+ " s away from now; at most " + this.tolerance.toSeconds() + " s are accepted");
		}
		byte[] expected = hmac(timestamp, body);
		for (String signature : signatures) {
			if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
				return;
			}
		}
		throw invalid("No signature matches the body");
	}

	private byte[] hmac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static Long parse(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static InvalidValue invalid(String detail) {
		return new InvalidValue("invalid-signature", "Invalid webhook signature", SIGNATURE_HEADER, detail);
	}

}
