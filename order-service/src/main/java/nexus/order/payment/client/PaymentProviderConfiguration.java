package nexus.order.payment.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.order.payment.PaymentProperties;
import nexus.order.payment.PaymentProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP adapter of the payment provider and its Resilience4j guards: the instance
 * {@value #NAME} of each registry, which Resilience4j's Spring Boot auto-configuration
 * builds from {@code resilience4j.retry}, {@code .circuitbreaker}, {@code .bulkhead} and
 * {@code .timelimiter} {@code .instances.payment-provider} and whose meters
 * ({@code resilience4j_*}) it publishes. {@code nexus_payment_breaker_state} (0 closed, 1
 * open, 2 half-open, 3 other) and {@code nexus_payment_bulkhead_rejected} are ours.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

	static final String NAME = "payment-provider";

	@Bean
	CircuitBreaker paymentProviderCircuitBreaker(CircuitBreakerRegistry registry, MeterRegistry meters) {
		CircuitBreaker breaker = registry.circuitBreaker(NAME);
		Gauge.builder("nexus.payment.breaker.state", breaker, PaymentProviderConfiguration::stateCode)
			.description("Payment provider circuit breaker: 0 closed, 1 open, 2 half-open, 3 other")
			.register(meters);
		return breaker;
	}

	@Bean
	Retry paymentProviderRetry(RetryRegistry registry) {
		return registry.retry(NAME);
	}

	@Bean
	Bulkhead paymentProviderBulkhead(BulkheadRegistry registry, MeterRegistry meters) {
		Bulkhead bulkhead = registry.bulkhead(NAME);
		Counter rejected = Counter.builder("nexus.payment.bulkhead.rejected")
			.description("Payment provider calls refused because too many were in flight")
			.register(meters);
		bulkhead.getEventPublisher().onCallRejected((event) -> rejected.increment());
		return bulkhead;
	}

	@Bean
	TimeLimiter paymentProviderTimeLimiter(TimeLimiterRegistry registry) {
		return registry.timeLimiter(NAME);
	}

	@Bean(destroyMethod = "close")
	ProviderGuards paymentProviderGuards(Retry retry, CircuitBreaker breaker, Bulkhead bulkhead,
			TimeLimiter timeLimiter, MeterRegistry meters) {
		// Not an Executor bean: that would replace Boot's application task executor.
		ExecutorService calls = Executors
			.newThreadPerTaskExecutor(Thread.ofVirtual().name("payment-call-", 0).factory());
		return new ProviderGuards(retry, breaker, bulkhead, timeLimiter, calls, meters);
	}

	@Bean
	PaymentProvider paymentProvider(PaymentProperties properties, ProviderGuards guards, Retry retry,
			TimeLimiter timeLimiter) {
		PaymentProperties.Provider provider = properties.provider();
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(provider.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		Duration attempt = timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
		// The time limiter decides; the request timeout only stops a call that outlives
		// it.
		StripeApi api = new StripeApi(http, provider.baseUrl(), provider.apiKey(), attempt.plusSeconds(5));
		return new ResilientPaymentProvider(api, guards, attempt.multipliedBy(retry.getRetryConfig().getMaxAttempts()));
	}

	private static double stateCode(CircuitBreaker breaker) {
		return switch (breaker.getState()) {
			case CLOSED -> 0;
			case OPEN -> 1;
			case HALF_OPEN -> 2;
			default -> 3;
		};
	}

}
