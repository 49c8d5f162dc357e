package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the gateway, as any client talks to Nexus: used to load the demo data
 * and by the system tests.
 */
public final class GatewayClient {

	/** Money comes as decimals with two places; keep them exactly as sent. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String gateway;

	/**
	 * A client of one gateway.
	 * @param gateway its base URL, such as {@code http://localhost:8080}
	 */
	public GatewayClient(String gateway) {
		this.gateway = gateway;
	}

	/**
	 * Sends a request with a JSON body (or none).
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param token an access token, or {@code null}
	 * @param body what to send as JSON, or {@code null}
	 * @param headers more headers
	 * @return the answer
	 * @throws UncheckedIOException when the gateway cannot be reached
	 */
	public Response call(String method, String path, String token, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = request(path, token)
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
							: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return send(request.build());
	}

	/**
	 * Uploads a file as the multipart part {@code file}.
	 * @param path the path
	 * @param token an access token
	 * @param fileName the file's name
	 * @param contentType its media type
	 * @param content its bytes
	 * @return the answer
	 * @throws UncheckedIOException when the gateway cannot be reached
	 */
	public Response upload(String path, String token, String fileName, String contentType, byte[] content) {
		String boundary = "nexus-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path)).timeout(TIMEOUT);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
			JsonNode json = (isJson && !response.body().isBlank()) ? JSON.readTree(response.body())
					: JSON.createObjectNode();
			return new Response(response.statusCode(), json, response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), ex);
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param json the body (an empty object when there is none or it is not JSON)
	 * @param headers the headers
	 */
	public record Response(int status, JsonNode json, Map<String, List<String>> headers) {

		public boolean successful() {
			return this.status >= 200 && this.status < 300;
		}

		@Override
		public String toString() {
			return this.status + " " + this.json;
		}

	}

}
