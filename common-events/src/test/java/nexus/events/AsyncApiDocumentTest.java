package nexus.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document is built from the contracts, is valid AsyncAPI 3.0, and the copy
 * in docs/ is the document the gateway serves.
 */
class AsyncApiDocumentTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DOCS_COPY = Path.of("..", "docs", "asyncapi.json");

	private final JsonNode document = AsyncApiDocument.build();

	@Test
	void everyTopicIsAChannelAndEveryTypeAndVersionAMessageOfItsTopic() {
		Set<String> addresses = stream(this.document.path("channels"))
			.map((channel) -> channel.path("address").asString())
			.collect(Collectors.toSet());
		assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
		assertThat(this.document.path("components").path("messages").propertyNames())
			.containsExactlyInAnyOrderElementsOf(
					EventRegistry.all().stream().map(AsyncApiDocument::messageKey).toList());
		for (EventDescriptor descriptor : EventRegistry.all()) {
			JsonNode channel = channelOf(descriptor.topic());
			String key = AsyncApiDocument.messageKey(descriptor);
			assertThat(channel.path("messages").path(key).path("$ref").asString())
				.isEqualTo("#/components/messages/" + key);
			JsonNode message = this.document.path("components").path("messages").path(key);
			assertThat(message.path("payload")).isEqualTo(AsyncApiDocument.payloadSchema(descriptor));
			assertThat(message.path("headers").path("properties").path(CloudEventHeaders.TYPE).path("const").asString())
				.isEqualTo(descriptor.type());
		}
	}

	@Test
	void eachTopicHasOnePublishingOperationListingAllItsMessages() {
		for (String topic : Topics.ALL) {
			List<JsonNode> sending = stream(this.document.path("operations"))
				.filter((operation) -> operation.path("action").asString().equals("send"))
				.filter((operation) -> channelOf(topic).equals(resolve(operation.path("channel"))))
				.toList();
			assertThat(sending).as(topic).hasSize(1);
			long events = EventRegistry.all().stream().filter((descriptor) -> descriptor.topic().equals(topic)).count();
			assertThat(sending.get(0).path("messages").size()).isEqualTo((int) events);
		}
	}

	@Test
	void theDocumentIsValidAsyncApi3() throws IOException {
		Schema asyncApi;
		try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
			asyncApi = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(JSON.readTree(in));
		}
		assertThat(asyncApi.validate(this.document)).isEmpty();

		// The same schema refuses what is not AsyncAPI 3: the check can fail.
		JsonNode broken = this.document.deepCopy();
		((tools.jackson.databind.node.ObjectNode) broken).put("asyncapi", "2.6.0");
		((tools.jackson.databind.node.ObjectNode) broken.path("channels").path("orders")).remove("address");
		((tools.jackson.databind.node.ObjectNode) broken.path("channels").path("orders")).put("adress", 1);
		assertThat(asyncApi.validate(broken)).isNotEmpty();
	}

	@Test
	void theCopyInDocsIsTheGeneratedDocument() throws IOException {
		String generated = AsyncApiDocument.json();
		if (Boolean.getBoolean("nexus.asyncapi.write")) {
			Files.writeString(DOCS_COPY, generated, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(DOCS_COPY, StandardCharsets.UTF_8))
			.as("docs/asyncapi.json is out of date: ./mvnw -pl common-events test -Dnexus.asyncapi.write=true")
			.isEqualTo(generated);
	}

	private JsonNode channelOf(String topic) {
		return stream(this.document.path("channels"))
			.filter((channel) -> channel.path("address").asString().equals(topic))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode resolve(JsonNode reference) {
		String[] path = reference.path("$ref").asString().substring(2).split("/");
		JsonNode node = this.document;
		for (String part : path) {
			node = node.path(part);
		}
		return node;
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode object) {
		return object.propertyNames().stream().map(object::path);
	}

}
