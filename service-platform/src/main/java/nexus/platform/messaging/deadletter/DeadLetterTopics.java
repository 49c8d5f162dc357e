package nexus.platform.messaging.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The dead-letter topics of this service's consumer bindings, derived from their
 * configuration: one per consumer group and source topic, named as the Kafka binder names
 * them ({@code error.<topic>.<group>}) unless a binding sets {@code dlq-name}.
 */
public final class DeadLetterTopics {

	private DeadLetterTopics() {
	}

	/**
	 * Every dead-letter topic of the configured consumer bindings.
	 * @param bindings the Spring Cloud Stream bindings
	 * @param environment where their Kafka-specific settings are (the binder reads them
	 * in a context of its own)
	 * @return one source per dead-letter topic
	 */
	public static List<Source> of(BindingServiceProperties bindings, Environment environment) {
		List<Source> sources = new ArrayList<>();
		for (Map.Entry<String, BindingProperties> binding : bindings.getBindings().entrySet()) {
			BindingProperties properties = binding.getValue();
			if (!binding.getKey().contains("-in-") || !StringUtils.hasText(properties.getGroup())
					|| !StringUtils.hasText(properties.getDestination())) {
				continue;
			}
			if (!Boolean.parseBoolean(kafkaConsumerProperty(environment, binding.getKey(), "enable-dlq", "false"))) {
				continue;
			}
			String dlqName = kafkaConsumerProperty(environment, binding.getKey(), "dlq-name", "");
			for (String topic : StringUtils.commaDelimitedListToStringArray(properties.getDestination())) {
				String dlq = StringUtils.hasText(dlqName) ? dlqName
						: "error." + topic.trim() + "." + properties.getGroup();
				sources.add(new Source(properties.getGroup(), topic.trim(), dlq));
			}
		}
		return sources;
	}

	private static String kafkaConsumerProperty(Environment environment, String binding, String name, String fallback) {
		String value = environment.getProperty("spring.cloud.stream.kafka.bindings." + binding + ".consumer." + name);
		return (value != null) ? value
				: environment.getProperty("spring.cloud.stream.kafka.default.consumer." + name, fallback);
	}

	/**
	 * Where dead letters of one consumer group and topic go.
	 *
	 * @param consumerGroup the consumer group
	 * @param originalTopic the topic it consumes
	 * @param deadLetterTopic where it sends what it gives up on
	 */
	public record Source(String consumerGroup, String originalTopic, String deadLetterTopic) {
	}

}
