package nexus.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/orderactivity}, which the operator's console charts.
 */
class OrderActivityIT extends OrderServiceIntegrationTest {

	@Test
	@SuppressWarnings("unchecked")
	void confirmedOrdersOfTheLastMinutesAreCountedWithTheirSagaLatency() {
		UUID customer = UUID.randomUUID();
		UUID cup = givenProduct("Activity cup", "4.00");
		Map<String, Object> before = activity();
		UUID order = order(customer, cup, 1);
		stockReserved(order, cup, 1);
		awaitStatus(order, "CONFIRMED");

		Map<String, Object> after = activity();

		List<Map<String, Object>> minutes = (List<Map<String, Object>>) after.get("minutes");
		assertThat(minutes).hasSizeBetween(15, 16)
			.allSatisfy((minute) -> assertThat(minute).containsKeys("minute", "confirmed", "cancelled", "inProgress"));
		assertThat(confirmed(after)).isEqualTo(confirmed(before) + 1);
		Map<String, Object> saga = (Map<String, Object>) after.get("saga");
		assertThat(((Number) saga.get("finished")).longValue())
			.isGreaterThan(((Number) ((Map<String, Object>) before.get("saga")).get("finished")).longValue());
		assertThat(((Number) saga.get("p50Seconds")).doubleValue()).isPositive();
		assertThat(((Number) saga.get("p99Seconds")).doubleValue())
			.isGreaterThanOrEqualTo(((Number) saga.get("p50Seconds")).doubleValue());
	}

	@Test
	void onlyAdministratorsSeeIt() {
		this.http.get().uri("/actuator/orderactivity").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/actuator/orderactivity")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + customer(UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@SuppressWarnings("unchecked")
	private static long confirmed(Map<String, Object> activity) {
		return ((List<Map<String, Object>>) activity.get("minutes")).stream()
			.mapToLong((minute) -> ((Number) minute.get("confirmed")).longValue())
			.sum();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> activity() {
		return this.http.get()
			.uri("/actuator/orderactivity")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
