package nexus.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nexus.events.user.UserDeactivated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CloudEventHeadersTest {

	@Test
	void writesAndReadsBackTheAttributes() {
		UserDeactivated event = new UserDeactivated(UUID.randomUUID(), Instant.parse("2026-11-26T10:15:30Z"));
		EventMetadata metadata = EventMetadata.forNewEvent(event, "user-service", Instant.parse("2026-11-26T10:15:31Z"),
				"req-42", "admin-1");

		Map<String, String> headers = CloudEventHeaders.toHeaders(metadata);

		assertThat(headers).containsEntry("ce_type", "nexus.user.UserDeactivated")
			.containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_schemaversion", "1")
			.containsEntry("ce_subject", event.userId().toString())
			.containsEntry("ce_dataschema", "https://nexus.dev/schemas/nexus.user.UserDeactivated.v1.schema.json")
			.containsEntry("ce_correlationid", "req-42")
			.containsEntry("ce_actor", "admin-1")
			.containsEntry("content-type", "application/json");
		assertThat(CloudEventHeaders.fromHeaders(headers::get)).isEqualTo(metadata);
	}

	@Test
	void refusesMissingOrMalformedAttributes() {
		assertThatExceptionOfType(EventDeserializationException.class)
			.isThrownBy(() -> CloudEventHeaders.fromHeaders(Map.<String, String>of()::get))
			.withMessageContaining("ce_id");
		assertThatExceptionOfType(EventDeserializationException.class).isThrownBy(
				() -> CloudEventHeaders.fromHeaders(Map.of("ce_id", "not-a-uuid", "ce_type", "t", "ce_schemaversion",
						"1", "ce_source", "s", "ce_time", "2026-11-26T10:15:31Z", "ce_subject", "x")::get));
	}

}
