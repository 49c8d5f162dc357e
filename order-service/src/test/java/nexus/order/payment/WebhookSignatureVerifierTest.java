package nexus.order.payment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import nexus.platform.domain.InvalidValue;
import nexus.paymentsimulator.WebhookSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookSignatureVerifierTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier("whsec_test", Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsTheSignatureOfTheSharedSecretWithinTheTolerance() {
		long signedAt = NOW.minusSeconds(299).getEpochSecond();

		assertThatCode(() -> this.verifier.verify(WebhookSignature.header("whsec_test", signedAt, BODY), BODY))
			.doesNotThrowAnyException();
		assertThatCode(() -> this.verifier.verify("t=" + signedAt + ",v1=00ff,v1="
				+ WebhookSignature.hmacSha256Hex("whsec_test", signedAt, BODY) + ",v0=legacy", BODY))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnotherSecretAnotherBodyOrNoSignature() {
		long now = NOW.getEpochSecond();

		assertRefused(WebhookSignature.header("whsec_other", now, BODY), BODY, "invalid-signature");
		assertRefused(WebhookSignature.header("whsec_test", now, BODY), "{\"id\":\"evt_2\"}".getBytes(),
				"invalid-signature");
		assertRefused(null, BODY, "invalid-signature");
		assertRefused("t=" + now, BODY, "invalid-signature");
		assertRefused("v1=abc", BODY, "invalid-signature");
		assertRefused("t=yesterday,v1=abc", BODY, "invalid-signature");
	}

	@Test
	void refusesATimestampOutsideTheTolerance() {
		assertRefused(WebhookSignature.header("whsec_test", NOW.minusSeconds(301).getEpochSecond(), BODY), BODY,
				"stale-webhook");
		assertRefused(WebhookSignature.header("whsec_test", NOW.plusSeconds(301).getEpochSecond(), BODY), BODY,
				"stale-webhook");
	}

	private void assertRefused(String header, byte[] body, String type) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> this.verifier.verify(header, body))
			.satisfies((refusal) -> org.assertj.core.api.Assertions.assertThat(refusal.slug()).isEqualTo(type));
	}

}
