package nexus.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nexus.launcher.GatewayClient.Response;
import nexus.launcher.LocalStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and API clients meet, on the real jars: API documents that name the
 * gateway, one request id, metrics that any Prometheus scrapes, and only for whom they
 * are meant.
 */
class OperationsSystemIT {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final LocalStack stack = RunningNexus.stack();

	private final Api api = new Api(this.stack.gatewayUrl());

	@Test
	void everyServicesApiDocumentThroughTheGatewayNamesARelativeServer() {
		for (String service : List.of("user-service", "catalog-service", "order-service")) {
			Response document = this.api.get("/service-docs/" + service, null);
			assertThat(document.status()).isEqualTo(200);
			assertThat(document.json().path("servers")).as(service).hasSize(1);
			assertThat(document.json().path("servers").get(0).path("url").asString()).as(service).isEqualTo("/");
		}
	}

	@Test
	void twoHundredConcurrentReadsThroughTheGatewayAreAllServed() {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI categories = URI.create(this.stack.gatewayUrl() + "/api/catalog/categories?size=5");
		// Warm: connections opened, as on a stack that has been serving.
		burst(client, categories, 20);

		List<Integer> statuses = burst(client, categories, 200);

		assertThat(statuses).hasSize(200).containsOnly(200);
	}

	private static List<Integer> burst(HttpClient client, URI uri, int requests) {
		List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < requests; i++) {
			calls.add(client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode));
		}
		return calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
	}

	@Test
	void aRoutedResponseCarriesOneRequestId() {
		Response response = this.api.call("GET", "/api/catalog/categories?size=1", null, null,
				Map.of("X-Request-Id", "system-test-1"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("x-request-id")).containsExactly("system-test-1");
	}

	@Test
	void theGatewaysMetricsAreForAdministratorsOnly() throws Exception {
		assertThat(status(this.stack.gatewayUrl() + "/actuator/prometheus", null)).isEqualTo(401);
		assertThat(status(this.stack.gatewayUrl() + "/actuator/prometheus", this.api.newCustomer())).isEqualTo(403);
		assertThat(status(this.stack.gatewayUrl() + "/actuator/prometheus", this.api.admin())).isEqualTo(200);
		assertThat(status(this.stack.gatewayUrl() + "/actuator/health/readiness", null)).isEqualTo(200);
	}

	@Test
	void theAsyncApiDocumentIsServedByTheGateway() {
		Response document = this.api.get("/asyncapi.json", null);

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().path("asyncapi").asString()).isEqualTo("3.0.0");
		assertThat(document.json().path("channels").path("orders").path("address").asString())
			.isEqualTo("nexus.orders.v1");
	}

	@Test
	void everyTargetScrapesCleanlyForAnyPrometheusAndItsMetersExistFromTheStart() throws Exception {
		String admin = this.api.admin();
		Map<String, String> targets = Map.of("user-service", this.stack.url("user-service"), "catalog-service",
				this.stack.url("catalog-service"), "order-service", this.stack.url("order-service"), "gateway",
				this.stack.gatewayUrl());
		for (Map.Entry<String, String> target : targets.entrySet()) {
			String token = target.getKey().equals("gateway") ? admin : null;
			String url = target.getValue() + "/actuator/prometheus";
			String openMetrics = scrape(url, "application/openmetrics-text;version=1.0.0", token);
			assertThat(openMetrics.lines().filter((line) -> line.contains(" # {")))
				.as(target.getKey() + ": exemplars only where Prometheus before 2.43 accepts them")
				.allSatisfy((line) -> assertThat(line.substring(0, line.indexOf('{'))).matches(".*(_total|_bucket)"));

			String text = scrape(url, "text/plain;version=0.0.4", token);
			assertThat(text).as(target.getKey()).doesNotContain(" # {");
			assertThat(text.lines().filter((line) -> !line.startsWith("#")).filter((line) -> line.contains("{")))
				.as(target.getKey() + ": no label value changes with every start")
				.noneSatisfy(
						(line) -> assertThat(UUID.matcher(line.substring(0, line.lastIndexOf('}'))).find()).isTrue());
			promtoolParses(target.getKey(), text);
		}
		String orders = scrape(this.stack.url("order-service") + "/actuator/prometheus", "text/plain", null);
		assertThat(orders).contains("nexus_orders_saga_duration_seconds_bucket{",
				"nexus_payment_provider_calls_seconds_bucket{", "nexus_events_consumed_total{");
		assertThat(scrape(this.stack.url("catalog-service") + "/actuator/prometheus", "text/plain", null)).contains(
				"nexus_events_consumed_total{application=\"catalog-service\",consumer=\"catalog-service.cache-eviction\"");
	}

	private static void promtoolParses(String target, String text) throws Exception {
		if (Tools.find(List.of("promtool")).isEmpty()) {
			return;
		}
		Path file = Files.createTempFile("metrics-" + target, ".txt");
		Files.writeString(file, text);
		Process process = new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		int exit = process.waitFor();
		Files.delete(file);
		// promtool exits 3 for lint findings (help texts, unit names of Spring's own
		// meters)
		// and 1 when the exposition cannot be parsed.
		assertThat(exit).as(target + ": " + output).isNotEqualTo(1);
		assertThat(output).as(target).doesNotContain("error while linting");
	}

	private static String scrape(String url, String accept, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	private static int status(String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
