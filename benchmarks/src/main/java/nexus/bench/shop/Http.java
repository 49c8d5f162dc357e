package nexus.bench.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP/1.1 with the JDK's client, its work done on virtual threads. One client
 * keeps a pool of connections per server, as a browser or an app would.
 */
public final class Http {

	/** Money comes as decimals with two places; keep them exactly as sent. */
	public static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	/** How long one request may take before it counts as timed out. */
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client;

	/** A client of its own. */
	public Http() {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	public HttpClient client() {
		return this.client;
	}

	/**
	 * Sends a request and reads the whole answer as text.
	 * @param request the request
	 * @return the answer
	 * @throws IOException when the server cannot be reached or does not answer in time
	 */
	public HttpResponse<String> send(HttpRequest request) throws IOException {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	/**
	 * Sends a JSON request and expects a successful JSON answer.
	 * @param method the method
	 * @param uri where
	 * @param token a bearer token, or {@code null}
	 * @param body what to send as JSON, or {@code null}
	 * @param headers more headers
	 * @return the answer's JSON (an empty object if it has no body)
	 * @throws BenchException when the server cannot be reached or answers otherwise
	 */
	public JsonNode json(String method, URI uri, String token, Object body, Map<String, String> headers) {
		HttpResponse<String> response = call(method, uri, token, body, headers);
		if (response.statusCode() / 100 != 2) {
			throw new BenchException(method + " " + uri + " answered " + response.statusCode() + " " + response.body());
		}
		return parse(response.body());
	}

	/**
	 * Sends a JSON request and returns whatever it answered.
	 * @param method the method
	 * @param uri where
	 * @param token a bearer token, or {@code null}
	 * @param body what to send as JSON, or {@code null}
	 * @param headers more headers
	 * @return the answer
	 * @throws BenchException when the server cannot be reached
	 */
	public HttpResponse<String> call(String method, URI uri, String token, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = request(uri, token).method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
						: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		try {
			return send(request.build());
		}
		catch (IOException ex) {
			throw new BenchException(method + " " + uri + ": " + describe(ex), ex);
		}
	}

	/**
	 * A request with the usual timeout and, if given, a bearer token.
	 * @param uri where
	 * @param token a bearer token, or {@code null}
	 * @return the builder
	 */
	public static HttpRequest.Builder request(URI uri, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/**
	 * Parses JSON text.
	 * @param body the text
	 * @return the JSON, an empty object for an empty body
	 */
	public static JsonNode parse(String body) {
		return (body == null || body.isBlank()) ? JSON.createObjectNode() : JSON.readTree(body);
	}

	/**
	 * A short name for a failure to get an answer, as it appears among the outcomes.
	 * @param ex the failure
	 * @return such as {@code timeout} or {@code ConnectException}
	 */
	public static String describe(IOException ex) {
		if (ex instanceof HttpTimeoutException) {
			return "timeout";
		}
		return ex.getClass().getSimpleName();
	}

}
