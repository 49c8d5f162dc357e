package nexus.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsAutoConfigurationTest {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	MetricsAutoConfigurationTest() {
		this.meters.config().meterFilter(new MetricsAutoConfiguration().stableConsumerGroupTags());
	}

	@Test
	void anonymousConsumerGroupsLoseTheirRandomPartInEveryTag() {
		Counter counter = this.meters.counter("kafka.consumer.fetch", "client_id",
				"consumer-anonymous.366efa75-de01-4595-8a4d-7565c950f77a-8", "group",
				"anonymous.366efa75-de01-4595-8a4d-7565c950f77a", "topic", "nexus.catalog.products.v1");

		assertThat(counter.getId().getTag("client_id")).isEqualTo("consumer-anonymous-8");
		assertThat(counter.getId().getTag("group")).isEqualTo("anonymous");
		assertThat(counter.getId().getTag("topic")).isEqualTo("nexus.catalog.products.v1");
	}

	@Test
	void twoStartsGiveTheSameSeries() {
		this.meters.counter("offset", "group", "anonymous.366efa75-de01-4595-8a4d-7565c950f77a").increment();
		this.meters.counter("offset", "group", "anonymous.b45d5425-a837-4279-9a92-d11366b1a030").increment();

		assertThat(this.meters.find("offset").counters()).hasSize(1);
		assertThat(this.meters.get("offset").counter().count()).isEqualTo(2.0);
	}

	@Test
	void otherTagsStayAsTheyAre() {
		Counter counter = this.meters.counter("nexus.events.consumed", "consumer", "order-service.order-saga", "group",
				"order-service");

		assertThat(counter.getId().getTag("consumer")).isEqualTo("order-service.order-saga");
		assertThat(counter.getId().getTag("group")).isEqualTo("order-service");
	}

}
