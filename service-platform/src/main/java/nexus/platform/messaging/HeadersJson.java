package nexus.platform.messaging;

import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka headers stored as a JSON object of text values (the {@code jsonb} columns of the
 * messaging tables).
 */
public final class HeadersJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private HeadersJson() {
	}

	/**
	 * Writes headers as a JSON object.
	 * @param headers the headers
	 * @return JSON text
	 */
	public static String write(Map<String, String> headers) {
		return JSON.writeValueAsString(headers);
	}

	/**
	 * Reads headers back.
	 * @param json JSON text
	 * @return the headers, in their stored order
	 */
	public static Map<String, String> read(String json) {
		return JSON.readValue(json, MAP);
	}

}
