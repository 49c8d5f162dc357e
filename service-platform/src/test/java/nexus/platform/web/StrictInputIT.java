package nexus.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nexus.platform.PlatformIntegrationTest;
import nexus.platform.paging.PageQuery;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API contract (docs/api.md, ADR 0011) refuses, and how: odd input is a 400
 * problem document naming the field, never a 500 or a silently changed value; bodies
 * other than JSON are a 415; and even the errors the web server produces itself are
 * problem documents.
 */
@PlatformIntegrationTest
class StrictInputIT {

	@LocalServerPort
	int port;

	RestTestClient http;

	private final String customer = TestTokens.customer(UUID.randomUUID());

	@BeforeEach
	void client() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	// 5xx from odd input

	@ParameterizedTest
	@ValueSource(strings = { ",", ",,", ",asc", " ", "name,", "name,asc,", "name,,desc" })
	void malformedSortIsABadRequestNotAServerError(String sort) {
		this.http.get()
			.uri((uri) -> uri.path("/test/widgets").queryParam("sort", "{sort}").build(sort))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sort");
	}

	@Test
	void aPageBeyondTheLargestOffsetIsABadRequest() {
		this.http.get()
			.uri("/test/widgets?page=107374183")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
		this.http.get()
			.uri("/test/widgets?page=99999999999999999999&size=1e3")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'page')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'size')]")
			.exists();
		int lastPage = PageQuery.MAX_OFFSET / 100;
		this.http.get()
			.uri("/test/widgets?size=100&page=" + lastPage)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/test/widgets?size=100&page=" + (lastPage + 1))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void multipartWithoutABoundaryIsABadRequest() {
		this.http.post()
			.uri("/test/uploads")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data")
			.body("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/malformed-request");
	}

	// Input accepted that should be refused

	@ParameterizedTest
	@ValueSource(strings = { "{\"name\":12345,\"quantity\":1}", "{\"name\":true,\"quantity\":1}",
			"{\"name\":1.5,\"quantity\":1}", "{\"name\":[\"cup\"],\"quantity\":1}" })
	void aNumberOrBooleanIsNotAString(String body) {
		refusedField(body, "name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"name\":\"cup\",\"quantity\":1.5}", "{\"name\":\"cup\",\"quantity\":1.0}",
			"{\"name\":\"cup\",\"quantity\":\"2\"}", "{\"name\":\"cup\",\"quantity\":true}",
			"{\"name\":\"cup\",\"quantity\":1e400}" })
	void aFractionOrStringIsNotAnInteger(String body) {
		refusedField(body, "quantity");
	}

	@Test
	void aStringIsNotABoolean() {
		refusedField("{\"name\":\"cup\",\"quantity\":1,\"gift\":\"yes\"}", "gift");
		refusedField("{\"name\":\"cup\",\"quantity\":1,\"gift\":1}", "gift");
	}

	@Test
	void wellTypedBodiesAreStillAccepted() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"cup\",\"quantity\":2,\"gift\":true,\"unknownField\":1}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.quantity")
			.isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/yaml", "application/x-yaml", "application/xml", "application/cbor",
			"application/x-jackson-smile", "text/plain", "application/x-www-form-urlencoded" })
	void onlyJsonBodiesAreRead(String contentType) {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.body(contentType.endsWith("urlencoded") ? "name=cup&quantity=2" : "name: cup\nquantity: 2\n")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unsupported-media-type");
	}

	@Test
	void aFormWithOddParameterNamesIsABadRequestNotAServerError() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.body("name: cup\nquantity: 2\n")
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(400, 415))
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\\u0000", "\\u0007", "\\u001b", "\\u007f" })
	void controlCharactersInABodyAreAFieldError(String escaped) {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"cu" + escaped + "p\",\"quantity\":1}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/validation-error")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters");
	}

	@Test
	void lineBreaksAndTabsAreText() {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"a\\tb\\r\\nc\",\"quantity\":1}")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00", "cup%00", "%1B", "%7F" })
	void controlCharactersInAQueryParameterAreAFieldError(String encoded) {
		this.http.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/test/search?q=" + encoded))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters");
	}

	// Errors the web server produces itself

	@Test
	void anEncodedSlashInAPathIsAProblem() throws IOException {
		assertProblem(raw("GET /test/domain/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
	}

	@Test
	void aSessionIdInThePathIsAProblem() throws IOException {
		String response = raw(
				"GET /test/public/ping;jsessionid=ABC HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(status(response)).isBetween(400, 499);
		assertProblem(response, status(response));
	}

	@Test
	void traceIsAMethodNotAllowedProblem() throws IOException {
		assertProblem(raw("TRACE /test/public/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405);
	}

	@Test
	void anUnsupportedMethodIsAMethodNotAllowedProblem() {
		this.http.delete()
			.uri("/test/public/ping")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aVeryLongQueryIsAUriTooLongProblem() throws IOException {
		assertProblem(raw("GET /test/public/ping?q=" + "x".repeat(20_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 414);
	}

	@Test
	void aVeryLargeHeaderIsAHeaderTooLargeProblem() throws IOException {
		assertProblem(raw("GET /test/public/ping HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(60_000)
				+ "\r\nConnection: close\r\n\r\n"), 431);
	}

	@Test
	void headWorksWhereGetIsPublic() {
		this.http.head().uri("/test/public/ping").exchange().expectStatus().isOk();
		this.http.head().uri("/test/search?q=cup").exchange().expectStatus().isOk();
		this.http.post()
			.uri("/test/search?q=cup")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void refusedField(String body, String field) {
		this.http.post()
			.uri("/test/widgets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.customer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/validation-error")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int status(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

	private static void assertProblem(String response, int status) {
		assertThat(status(response)).as(response).isEqualTo(status);
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
		assertThat(head).as(response).contains("content-type: application/problem+json");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(body).as(response)
			.contains("\"status\":" + status)
			.contains("\"type\":\"https://nexus.dev/problems/");
	}

}
