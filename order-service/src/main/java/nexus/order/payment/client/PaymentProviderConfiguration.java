package nexus.order.payment.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nexus.order.payment.PaymentProperties;
import nexus.order.payment.PaymentProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP adapter of the payment provider and its Resilience4j guards, one instance of
 * each named {@value #NAME}, configured from {@code nexus.payment.resilience}.
 * Resilience4j publishes its own meters ({@code resilience4j_*});
 * {@code nexus_payment_breaker_state} (0 closed, 1 open, 2 half-open, 3 other) and
 * {@code nexus_payment_bulkhead_rejected} are ours.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

	static final String NAME = "payment-provider";

	@Bean
	CircuitBreaker paymentProviderCircuitBreaker(PaymentProperties properties, MeterRegistry meters) {
		PaymentProperties.Resilience settings = properties.resilience();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.failureRateThreshold(settings.failureRateThreshold())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.recordExceptions(ProviderUnavailableException.class, TimeoutException.class)
			// Our own bulkhead being full says nothing about the provider's health.
			.ignoreExceptions(BulkheadFullException.class)
			.build());
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
		CircuitBreaker breaker = registry.circuitBreaker(NAME);
		Gauge.builder("nexus.payment.breaker.state", breaker, PaymentProviderConfiguration::stateCode)
			.description("Payment provider circuit breaker: 0 closed, 1 open, 2 half-open, 3 other")
			.register(meters);
		return breaker;
	}

	@Bean
	Retry paymentProviderRetry(PaymentProperties properties, MeterRegistry meters) {
		PaymentProperties.Resilience settings = properties.resilience();
		RetryRegistry registry = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(), settings.retryMultiplier()))
			.retryExceptions(ProviderUnavailableException.class, TimeoutException.class, BulkheadFullException.class)
			// An open breaker is the answer; retrying it only burns the attempts.
			.ignoreExceptions(CallNotPermittedException.class)
			.build());
		TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
		return registry.retry(NAME);
	}

	@Bean
	Bulkhead paymentProviderBulkhead(PaymentProperties properties, MeterRegistry meters) {
		PaymentProperties.Resilience settings = properties.resilience();
		BulkheadRegistry registry = BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(settings.maxConcurrentCalls())
			.maxWaitDuration(settings.maxWaitForPermit())
			.build());
		TaggedBulkheadMetrics.ofBulkheadRegistry(registry).bindTo(meters);
		Bulkhead bulkhead = registry.bulkhead(NAME);
		Counter rejected = Counter.builder("nexus.payment.bulkhead.rejected")
			.description("Payment provider calls refused because too many were in flight")
			.register(meters);
		bulkhead.getEventPublisher().onCallRejected((event) -> rejected.increment());
		return bulkhead;
	}

	@Bean
	TimeLimiter paymentProviderTimeLimiter(PaymentProperties properties, MeterRegistry meters) {
		TimeLimiterRegistry registry = TimeLimiterRegistry.of(TimeLimiterConfig.custom()
			.timeoutDuration(properties.resilience().timeout())
			.cancelRunningFuture(true)
			.build());
		TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(registry).bindTo(meters);
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
	PaymentProvider paymentProvider(PaymentProperties properties, ProviderGuards guards) {
		PaymentProperties.Provider provider = properties.provider();
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(provider.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		// The time limiter decides; the request timeout only stops a call that outlives
		// it.
		Duration requestTimeout = properties.resilience().timeout().plusSeconds(5);
		StripeApi api = new StripeApi(http, provider.baseUrl(), provider.apiKey(), requestTimeout);
		return new ResilientPaymentProvider(api, guards);
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
