package nexus.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event an order causes, read from the topics as another service would, carries the
 * order's trace ({@code traceparent}) and who acted ({@code ce_actor}: the customer, or
 * {@code system:<service>} for the saga's and the payments' own steps), including the
 * events published from the asynchronous payment run, from the provider's outcome and
 * from a refund.
 */
class EventHeadersSystemIT {

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

	static Api api;

	@BeforeAll
	static void nexus() {
		api = new Api(RunningNexus.stack().gatewayUrl());
	}

	@Test
	void aConfirmedThenCancelledOrderAndADeclinedOrderCarryTraceAndActorOnEveryEvent() {
		String admin = api.admin();
		String customer = api.newCustomer();
		String cheap = api.newProduct(admin, "4.00", 10);
		String dear = api.newProduct(admin, "6000.00", 5);

		String confirmed = api.order(customer, cheap, 1);
		assertThat(api.awaitFinal(customer, confirmed).path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(api.call("POST", "/api/orders/" + confirmed + "/cancel", customer, Map.of(), Map.of()).status())
			.isLessThan(300);
		String declined = api.order(customer, dear, 1);
		assertThat(api.awaitFinal(customer, declined).path("statusReason").asString()).isEqualTo("PAYMENT_DECLINED");

		List<Event> first = new ArrayList<>();
		List<Event> second = new ArrayList<>();
		await().atMost(Api.SAGA).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			List<Event> events = readAll();
			first.clear();
			second.clear();
			events.stream().filter((event) -> event.mentions(confirmed)).forEach(first::add);
			events.stream().filter((event) -> event.mentions(declined)).forEach(second::add);
			assertThat(first).extracting(Event::type)
				.contains("OrderPlaced", "StockReserved", "PaymentSucceeded", "OrderConfirmed", "OrderCancelled",
						"PaymentRefunded");
			assertThat(second).extracting(Event::type)
				.contains("OrderPlaced", "StockReserved", "PaymentFailed", "OrderCancelled", "StockReleased");
		});

		for (Event event : concat(first, second)) {
			assertThat(event.traceparent()).as("traceparent of %s", event).isNotNull().matches(TRACEPARENT);
			assertThat(event.actor()).as("ce_actor of %s", event).isNotBlank();
			assertThat(event.actor()).as("ce_actor of %s", event)
				.satisfiesAnyOf((actor) -> assertThat(actor).startsWith("system:"), (actor) -> UUID.fromString(actor));
		}
		// From placement to the payment's outcome, one trace: the request that placed the
		// order.
		String placedTrace = traceOf(first, "OrderPlaced");
		assertThat(first)
			.filteredOn((event) -> List
				.of("OrderPlaced", "StockReserved", "PaymentSucceeded", "OrderConfirmed", "PaymentRefunded")
				.contains(event.type()))
			.extracting(EventHeadersSystemIT::traceId)
			.containsOnly(placedTrace);
		String declinedTrace = traceOf(second, "OrderPlaced");
		assertThat(second).extracting(EventHeadersSystemIT::traceId).containsOnly(declinedTrace);
		assertThat(second).filteredOn((event) -> event.type().equals("PaymentFailed"))
			.extracting(Event::actor)
			.containsOnly("system:order-service");
	}

	private static List<Event> concat(List<Event> one, List<Event> other) {
		List<Event> all = new ArrayList<>(one);
		all.addAll(other);
		return all;
	}

	private static String traceOf(List<Event> events, String type) {
		return events.stream()
			.filter((event) -> event.type().equals(type))
			.map(EventHeadersSystemIT::traceId)
			.findFirst()
			.orElseThrow();
	}

	private static String traceId(Event event) {
		Matcher matcher = TRACEPARENT.matcher(String.valueOf(event.traceparent()));
		return matcher.matches() ? matcher.group(1) : "none";
	}

	private static List<Event> readAll() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningNexus.kafkaBootstrapServers());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		List<Event> events = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : List.of("nexus.orders.v1", "nexus.catalog.stock.v1")) {
				consumer.partitionsFor(topic)
					.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))
					&& System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					events.add(Event.of(record));
				}
			}
		}
		return events;
	}

	record Event(String type, String traceparent, String actor, String body) {

		static Event of(ConsumerRecord<String, byte[]> record) {
			String type = header(record, "ce_type");
			return new Event((type != null) ? type.substring(type.lastIndexOf('.') + 1) : "?",
					header(record, "traceparent"), header(record, "ce_actor"),
					new String(record.value(), StandardCharsets.UTF_8));
		}

		boolean mentions(String orderId) {
			return this.body.contains(orderId);
		}

		private static String header(ConsumerRecord<String, byte[]> record, String name) {
			Header header = record.headers().lastHeader(name);
			return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
		}

		@Override
		public String toString() {
			return this.type + " " + this.body;
		}

	}

}
