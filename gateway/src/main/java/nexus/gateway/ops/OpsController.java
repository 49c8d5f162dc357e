package nexus.gateway.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's page, and what it shows of the gateway itself: its circuit breakers and
 * its rate-limit refusals (the services' state comes from their own endpoints, through
 * {@link OpsRoutes}).
 */
@RestController
class OpsController {

	private static final ClassPathResource PAGE = new ClassPathResource("ops/index.html");

	private final CircuitBreakerRegistry breakers;

	private final MeterRegistry meters;

	private final ReactiveHealthEndpointWebExtension health;

	OpsController(CircuitBreakerRegistry breakers, MeterRegistry meters, ReactiveHealthEndpointWebExtension health) {
		this.breakers = breakers;
		this.meters = meters;
		this.health = health;
	}

	@GetMapping("/ops")
	ResponseEntity<Void> withSlash() {
		return ResponseEntity.status(301).header("Location", "/ops/").build();
	}

	@GetMapping(path = "/ops/", produces = MediaType.TEXT_HTML_VALUE)
	ClassPathResource page() {
		return PAGE;
	}

	@GetMapping("/ops/api/gateway")
	Mono<Map<String, Object>> gateway() {
		// Read here rather than from /actuator/health: with a management port of its own,
		// the gateway's actuator is not on the port the console is served from.
		return status().zipWith(status("readiness")).map((health) -> {
			Map<String, Object> state = new LinkedHashMap<>(state());
			state.put("health", Map.of("status", health.getT1()));
			state.put("readiness", Map.of("status", health.getT2()));
			return state;
		});
	}

	private Mono<String> status(String... path) {
		return this.health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, path)
			.map((response) -> (response.getBody() != null) ? response.getBody().getStatus().getCode() : "UNKNOWN")
			.defaultIfEmpty("UNKNOWN");
	}

	private Map<String, Object> state() {
		Map<String, Object> breakers = new LinkedHashMap<>();
		this.breakers.getAllCircuitBreakers()
			.stream()
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.forEach((breaker) -> breakers.put(breaker.getName(),
					Map.of("state", breaker.getState().name(), "failureRate", breaker.getMetrics().getFailureRate(),
							"bufferedCalls", breaker.getMetrics().getNumberOfBufferedCalls())));
		Map<String, Double> rateLimited = new LinkedHashMap<>();
		for (Counter counter : this.meters.find("nexus.gateway.rate.limited").counters()) {
			rateLimited.merge(counter.getId().getTag("policy"), counter.count(), Double::sum);
		}
		return Map.of("circuitBreakers", breakers, "rateLimited", rateLimited);
	}

}
