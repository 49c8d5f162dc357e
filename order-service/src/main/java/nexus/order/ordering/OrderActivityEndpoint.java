package nexus.order.ordering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/orderactivity} (administrators only): the orders placed in each of the
 * last 15 minutes by outcome so far, and the percentiles of how long their saga took, for
 * the operator's console. Read from the database, so it is the same whichever replica
 * answers and survives restarts; Prometheus and Grafana keep the longer history.
 */
@Component
@Endpoint(id = "orderactivity")
class OrderActivityEndpoint {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	OrderActivityEndpoint(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ReadOperation
	Map<String, Object> activity() {
		Instant now = this.clock.instant();
		Instant firstMinute = now.truncatedTo(ChronoUnit.MINUTES).minus(WINDOW).plus(Duration.ofMinutes(1));
		Map<Instant, Map<String, Long>> byMinute = new LinkedHashMap<>();
		for (Instant minute = firstMinute; !minute.isAfter(now); minute = minute.plus(Duration.ofMinutes(1))) {
			byMinute.put(minute, new LinkedHashMap<>(Map.of("confirmed", 0L, "cancelled", 0L, "inProgress", 0L)));
		}
		// The status list lets PostgreSQL use orders_status_idx (status, created_on).
		this.jdbc.sql("""
				SELECT date_trunc('minute', created_on) AS minute,
				       CASE WHEN status = 'CANCELLED' THEN 'cancelled'
				            WHEN status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED') THEN 'confirmed'
				            ELSE 'inProgress' END AS outcome,
				       count(*) AS orders
				FROM orders
				WHERE status IN ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')
				  AND created_on >= :since
				GROUP BY 1, 2
				""").param("since", Timestamp.from(firstMinute)).query((row, number) -> {
			Instant minute = row.getTimestamp("minute").toInstant();
			byMinute.computeIfAbsent(minute, (key) -> new LinkedHashMap<>())
				.merge(row.getString("outcome"), row.getLong("orders"), Long::sum);
			return minute;
		}).list();
		List<Map<String, Object>> minutes = new ArrayList<>();
		byMinute.forEach((minute, counts) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("minute", minute.toString());
			entry.putAll(counts);
			minutes.add(entry);
		});
		// The saga ends when the order is first confirmed or cancelled.
		Map<String, Object> saga = this.jdbc
			.sql("""
					SELECT count(*) AS finished,
					       percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
					       percentile_cont(0.95) WITHIN GROUP (ORDER BY seconds) AS p95,
					       percentile_cont(0.99) WITHIN GROUP (ORDER BY seconds) AS p99,
					       max(seconds) AS max
					FROM (SELECT extract(epoch FROM (min(c.changed_at) - o.created_on)) AS seconds
					      FROM orders o JOIN order_status_change c ON c.order_id = o.id
					      WHERE o.status IN ('PENDING', 'AWAITING_PAYMENT', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')
					        AND o.created_on >= :since AND c.status IN ('CONFIRMED', 'CANCELLED')
					      GROUP BY o.id, o.created_on) AS sagas
					""")
			.param("since", Timestamp.from(firstMinute))
			.query((row, number) -> {
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("finished", row.getLong("finished"));
				for (String column : List.of("p50", "p95", "p99", "max")) {
					double value = row.getDouble(column);
					values.put(column + "Seconds", row.wasNull() ? null : value);
				}
				return values;
			})
			.single();
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("since", firstMinute.toString());
		activity.put("minutes", minutes);
		activity.put("saga", saga);
		return activity;
	}

}
