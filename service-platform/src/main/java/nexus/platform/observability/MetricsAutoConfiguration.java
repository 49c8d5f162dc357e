package nexus.platform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps every label set of a service the same from one start to the next: a label value
 * that changed with every start would begin a new series each time (dashboards lose their
 * history, Prometheus keeps the dead series until they expire).
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
public class MetricsAutoConfiguration {

	/**
	 * A Spring Cloud Stream consumer without a group (one subscription per instance, such
	 * as catalog-service's cache eviction) gets {@code anonymous.<random UUID>} as its
	 * group, and the Kafka client, the binder and the listener observations put that
	 * group into their tags.
	 */
	static final Pattern ANONYMOUS_GROUP = Pattern
		.compile("anonymous\\.[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/**
	 * Replaces the random part of anonymous consumer groups in tag values with nothing:
	 * {@code anonymous.3f1c...-8} becomes {@code anonymous-8}, the same in every instance
	 * and after every restart.
	 * @return the filter
	 */
	@Bean
	MeterFilter stableConsumerGroupTags() {
		return new MeterFilter() {
			@Override
			public Meter.Id map(Meter.Id id) {
				return stable(id);
			}
		};
	}

	static Meter.Id stable(Meter.Id id) {
		List<Tag> tags = new ArrayList<>();
		boolean changed = false;
		for (Tag tag : id.getTagsAsIterable()) {
			Matcher matcher = ANONYMOUS_GROUP.matcher(tag.getValue());
			if (matcher.find()) {
				tags.add(Tag.of(tag.getKey(), matcher.replaceAll("anonymous")));
				changed = true;
			}
			else {
				tags.add(tag);
			}
		}
		return changed ? id.replaceTags(tags) : id;
	}

}
