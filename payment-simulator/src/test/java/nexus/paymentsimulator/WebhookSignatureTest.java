package nexus.paymentsimulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	@Test
	void signsTimestampDotBodyWithHmacSha256() {
		byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

		String header = WebhookSignature.header("whsec_test", 1_700_000_000L, body);

		// Computed independently: printf '1700000000.{"id":"evt_1"}' | openssl dgst
		// -sha256 -hmac whsec_test
		assertThat(header)
			.isEqualTo("t=1700000000,v1=c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925");
	}

	@Test
	void anyChangeToSecretTimestampOrBodyChangesTheSignature() {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignature.hmacSha256Hex("a", 1, body);

		assertThat(WebhookSignature.hmacSha256Hex("b", 1, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.hmacSha256Hex("a", 2, body)).isNotEqualTo(signature);
		assertThat(WebhookSignature.hmacSha256Hex("a", 1, "{ }".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(signature);
	}

}
