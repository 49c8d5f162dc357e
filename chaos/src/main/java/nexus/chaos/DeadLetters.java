package nexus.chaos;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nexus.bench.shop.Account;
import nexus.bench.shop.Http;
import tools.jackson.databind.JsonNode;

/**
 * The services' dead letters (ADR 0004), read from each service's
 * {@code /actuator/deadletters} as an administrator: every consumer group's records that
 * its consumer gave up on, replayed or not.
 */
public final class DeadLetters {

	private final Http http;

	private final Map<String, URI> services;

	private final Account admin;

	/**
	 * Reads from the given services.
	 * @param http the HTTP client
	 * @param services service name to its base URL
	 * @param admin an administrator
	 */
	public DeadLetters(Http http, Map<String, URI> services, Account admin) {
		this.http = http;
		this.services = Map.copyOf(services);
		this.admin = admin;
	}

	/**
	 * Every dead letter now (at most 500 per service, the endpoint's limit).
	 * @return the dead letters
	 */
	public List<Letter> all() {
		List<Letter> letters = new ArrayList<>();
		this.services.forEach((service, base) -> {
			JsonNode list = this.http.json("GET", base.resolve("/actuator/deadletters?limit=500"), this.admin.token(),
					null, Map.of());
			for (JsonNode letter : list) {
				letters.add(new Letter(service, letter.path("id").asString(), letter.path("consumerGroup").asString(),
						letter.path("originalTopic").asString(), letter.path("key").asString(null),
						letter.path("eventType").asString(null), letter.path("errorClass").asString(null),
						letter.path("errorMessage").asString(null), letter.path("status").asString()));
			}
		});
		return letters;
	}

	/**
	 * One dead letter.
	 *
	 * @param service the service that holds it
	 * @param id its id
	 * @param group the consumer group that gave up
	 * @param topic where the record was published
	 * @param key the record's key (the aggregate's id), or {@code null}
	 * @param eventType its event type, or {@code null}
	 * @param errorClass the consumer's exception, or {@code null}
	 * @param errorMessage its message, or {@code null}
	 * @param status {@code PENDING} or {@code REPLAYED}
	 */
	public record Letter(String service, String id, String group, String topic, String key, String eventType,
			String errorClass, String errorMessage, String status) {

		String describe() {
			return this.id + " (" + this.group + " on " + this.topic + ", " + this.status + ", key " + this.key + ", "
					+ this.eventType + ": " + this.errorClass + " " + this.errorMessage + ")";
		}

	}

}
