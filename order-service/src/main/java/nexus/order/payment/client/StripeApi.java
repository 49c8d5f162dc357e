package nexus.order.payment.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP call to an API with the shape of Stripe's: form-encoded requests, JSON
 * answers, {@code Idempotency-Key} on writes, bearer key. What cannot be an answer (no
 * connection, 5xx, 429, a key still in use) is a {@link ProviderUnavailableException}.
 */
class StripeApi {

	private final HttpClient http;

	private final URI baseUrl;

	private final String apiKey;

	private final Duration requestTimeout;

	private final JsonMapper json = JsonMapper.builder().build();

	StripeApi(HttpClient http, URI baseUrl, String apiKey, Duration requestTimeout) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.requestTimeout = requestTimeout;
	}

	Answer post(String path, Map<String, String> form, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(this.requestTimeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			request.header("Authorization", "Bearer " + this.apiKey);
		}
		return send(request.build());
	}

	Answer get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(this.requestTimeout)
			.header("Accept", "application/json")
			.GET();
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			request.header("Authorization", "Bearer " + this.apiKey);
		}
		return send(request.build());
	}

	private Answer send(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new ProviderUnavailableException("Cannot reach the payment provider: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderUnavailableException("Interrupted while calling the payment provider", ex);
		}
		int status = response.statusCode();
		if (status >= 500 || status == 429 || status == 409) {
			throw new ProviderUnavailableException("Payment provider answered " + status);
		}
		try {
			return new Answer(status, this.json.readTree(response.body()));
		}
		catch (JacksonException ex) {
			throw new ProviderUnavailableException("Payment provider answered " + status + " with no JSON", ex);
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * A provider answer.
	 *
	 * @param status HTTP status, below 500
	 * @param body the JSON body
	 */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		String text(String field) {
			JsonNode value = this.body.get(field);
			return (value != null && !value.isNull()) ? value.asString() : null;
		}

		JsonNode error() {
			JsonNode error = this.body.get("error");
			return (error != null) ? error : this.body;
		}

		String errorText(String field) {
			JsonNode value = error().get(field);
			return (value != null && !value.isNull()) ? value.asString() : null;
		}

	}

}
