package nexus.events;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type and version has a schema and a golden sample, and the records still
 * honour them. A change to a record that would break a consumer fails here.
 */
class EventContractsTest {

	private final ContractCompatibility compatibility = new ContractCompatibility();

	private final EventCodec codec = new EventCodec();

	static Stream<EventDescriptor> contracts() {
		return EventRegistry.all().stream();
	}

	@Test
	void registryKnowsEveryEventOfTheOrderFlow() {
		assertThat(EventRegistry.all()).extracting(EventDescriptor::type)
			.contains("nexus.user.UserRegistered", "nexus.user.UserUpdated", "nexus.user.UserDeactivated",
					"nexus.user.UserAccessRevoked", "nexus.catalog.ProductCreated", "nexus.catalog.ProductUpdated",
					"nexus.catalog.ProductDeleted", "nexus.catalog.StockReserved", "nexus.catalog.StockRejected",
					"nexus.catalog.StockReleased", "nexus.order.OrderPlaced", "nexus.order.OrderConfirmed",
					"nexus.order.OrderCancelled", "nexus.order.OrderShipped", "nexus.order.OrderDelivered",
					"nexus.order.PaymentSucceeded", "nexus.order.PaymentFailed", "nexus.catalog.ProductStockLow",
					"nexus.order.OrderAwaitingPayment", "nexus.order.PaymentRefunded");
	}

	@Test
	void typeNamesAreStableNamesNotJavaClassNames() {
		assertThat(EventRegistry.all()).allSatisfy((descriptor) -> {
			assertThat(descriptor.type()).matches("nexus\\.(user|catalog|order)\\.[A-Z][A-Za-z]+");
			assertThat(descriptor.type()).isNotEqualTo(descriptor.javaType().getName());
			assertThat(Topics.ALL).contains(descriptor.topic());
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contracts")
	void goldenSampleValidatesAgainstItsSchema(EventDescriptor contract) {
		assertThat(this.compatibility.schemaErrors(contract, ContractCompatibility.goldenSample(contract))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contracts")
	void recordStillHonoursItsPublishedContract(EventDescriptor contract) {
		assertThat(this.compatibility.problems(contract.javaType(), contract)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contracts")
	void goldenSampleRoundTripsThroughTheCodecByTypeAndVersion(EventDescriptor contract) {
		byte[] sample = ContractCompatibility.goldenSample(contract);

		NexusEvent event = this.codec.decode(contract.type(), contract.version(), sample);

		assertThat(event).isInstanceOf(contract.javaType());
		assertThat(this.codec.decode(contract.type(), contract.version(), this.codec.encode(event))).isEqualTo(event);
		assertThat(EventRegistry.descriptorOf(event)).isEqualTo(contract);
	}

	@Test
	void everySchemaAndGoldenFileBelongsToARegisteredEvent() throws IOException, URISyntaxException {
		Set<String> registered = EventRegistry.all()
			.stream()
			.map((d) -> d.type() + ".v" + d.version())
			.collect(Collectors.toSet());

		assertThat(baseNames("nexus/events/schemas", ".schema.json")).containsExactlyInAnyOrderElementsOf(registered);
		assertThat(baseNames("golden", ".json")).containsExactlyInAnyOrderElementsOf(registered);
	}

	private static List<String> baseNames(String folder, String suffix) throws IOException, URISyntaxException {
		Path dir = Path.of(EventContractsTest.class.getClassLoader().getResource(folder).toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((f) -> f.getFileName().toString())
				.filter((name) -> name.endsWith(suffix))
				.map((name) -> name.substring(0, name.length() - suffix.length()))
				.toList();
		}
	}

}
