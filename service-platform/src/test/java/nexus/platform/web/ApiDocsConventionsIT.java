package nexus.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nexus.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of every OpenAPI document (ADR 0011), on the test application's.
 */
@PlatformIntegrationTest
class ApiDocsConventionsIT {

	@LocalServerPort
	int port;

	JsonNode document;

	@BeforeEach
	void document() {
		String json = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		this.document = JsonMapper.builder().build().readTree(json);
	}

	@Test
	void everyErrorIsTheSharedProblemSchemaAsProblemJson() {
		assertThat(this.document.at("/components/schemas/ProblemDetail/required").toString()).contains("type", "title",
				"status");
		List<String> errors = new ArrayList<>();
		forEachOperation((path, method, operation) -> operation.path("responses").properties().forEach((entry) -> {
			String status = entry.getKey();
			JsonNode content = entry.getValue().path("content");
			if (status.startsWith("4") || status.startsWith("5")) {
				if (!"#/components/schemas/ProblemDetail"
					.equals(content.at("/application~1problem+json/schema/$ref").asString()) || content.size() != 1) {
					errors.add(method + " " + path + " " + status + ": " + content);
				}
			}
			else if (content.has("*/*")) {
				errors.add(method + " " + path + " " + status + " is */*");
			}
		}));
		assertThat(errors).isEmpty();
	}

	@Test
	void operationsDocumentTheErrorsTheyCanMeet() {
		JsonNode create = this.document.at("/paths/~1test~1widgets/post/responses");
		assertThat(names(create)).contains("201", "400", "401", "403", "413", "415", "429", "503");
		assertThat(create.at("/201/content").has("application/json")).isTrue();
		JsonNode domain = this.document.at("/paths/~1test~1domain~1{kind}/get/responses");
		assertThat(names(domain)).contains("404", "401");
		JsonNode publicPing = this.document.at("/paths/~1test~1public~1ping/get/responses");
		assertThat(names(publicPing)).doesNotContain("401", "400", "413");
	}

	@Test
	void operationIdsAreReadableAndUnique() {
		List<String> ids = new ArrayList<>();
		forEachOperation((path, method, operation) -> ids.add(operation.path("operationId").asString()));
		assertThat(ids).doesNotHaveDuplicates().allSatisfy((id) -> assertThat(id).matches("[a-z][A-Za-z]+"));
		assertThat(this.document.at("/paths/~1test~1widgets/get/operationId").asString()).isEqualTo("listTests");
		assertThat(this.document.at("/paths/~1test~1widgets/post/operationId").asString()).isEqualTo("createTest");
	}

	@Test
	void pagingParametersCarryTheirBoundsAndExamples() {
		JsonNode parameters = this.document.at("/paths/~1test~1widgets/get/parameters");
		Map<String, JsonNode> byName = new java.util.HashMap<>();
		parameters.forEach((parameter) -> byName.put(parameter.path("name").asString(), parameter));
		assertThat(byName.get("page").at("/schema/maximum").asInt())
			.isEqualTo(nexus.platform.paging.PageQuery.MAX_OFFSET);
		assertThat(byName.get("size").at("/schema/maximum").asInt()).isEqualTo(100);
		assertThat(byName.get("sort").path("example").asString()).isEqualTo("name,asc");
		assertThat(byName.get("sort").at("/schema/pattern").asString()).contains("createdAt");
	}

	@Test
	void everyParameterHasAnExample() {
		List<String> without = new ArrayList<>();
		forEachOperation((path, method, operation) -> operation.path("parameters").forEach((parameter) -> {
			if (!parameter.has("example") && !parameter.at("/schema/example").isValueNode()) {
				without.add(method + " " + path + " " + parameter.path("name").asString());
			}
		}));
		assertThat(without).isEmpty();
	}

	@Test
	void lengthsAreThoseValidationChecks() {
		JsonNode name = this.document.at("/components/schemas/WidgetRequest/properties/name");
		assertThat(name.path("minLength").asInt()).isEqualTo(1);
		assertThat(name.path("maxLength").asInt()).isEqualTo(20);
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private void forEachOperation(OperationVisitor visitor) {
		this.document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((method) -> visitor.visit(path.getKey(), method.getKey(), method.getValue())));
	}

	interface OperationVisitor {

		void visit(String path, String method, JsonNode operation);

	}

}
