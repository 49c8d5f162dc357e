package nexus.paymentsimulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe-style webhook signatures: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>},
 * where the hex is HMAC-SHA256 of {@code "<t>.<body>"} with the endpoint's secret.
 */
public final class WebhookSignature {

	/** The header the signature travels in. */
	public static final String HEADER = "Stripe-Signature";

	private WebhookSignature() {
	}

	/**
	 * The header value for a payload signed at a time.
	 * @param secret the endpoint secret
	 * @param timestamp unix seconds
	 * @param payload the exact request body
	 * @return {@code t=...,v1=...}
	 */
	public static String header(String secret, long timestamp, byte[] payload) {
		return "t=" + timestamp + ",v1=" + hmacSha256Hex(secret, timestamp, payload);
	}

	/**
	 * The hex HMAC-SHA256 of {@code "<timestamp>.<payload>"}.
	 * @param secret the key
	 * @param timestamp unix seconds
	 * @param payload the body
	 * @return lower-case hex
	 */
	public static String hmacSha256Hex(String secret, long timestamp, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(payload));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
