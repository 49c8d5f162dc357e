package nexus.order.payment.client;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs one provider call behind every guard, from the outside in: retry (each attempt
 * with the same idempotency key), circuit breaker, bulkhead, time limiter. Records each
 * call's latency and outcome as {@code nexus.payment.provider.calls}.
 */
class ProviderGuards implements AutoCloseable {

	/** The provider operations, each one timer per outcome. */
	static final List<String> OPERATIONS = List.of("create", "confirm", "refund", "inquire");

	/** Every outcome a call ends with. */
	static final List<String> OUTCOMES = List.of("success", "refused", "breaker_open", "bulkhead_full", "timeout",
			"unavailable");

	private final Retry retry;

	private final CircuitBreaker breaker;

	private final Bulkhead bulkhead;

	private final TimeLimiter timeLimiter;

	private final ExecutorService calls;

	private final MeterRegistry meters;

	ProviderGuards(Retry retry, CircuitBreaker breaker, Bulkhead bulkhead, TimeLimiter timeLimiter,
			ExecutorService calls, MeterRegistry meters) {
		this.retry = retry;
		this.breaker = breaker;
		this.bulkhead = bulkhead;
		this.timeLimiter = timeLimiter;
		this.calls = calls;
		this.meters = meters;
		// At zero from the start, so that dashboards and alerts see the series before the
		// first payment.
		OPERATIONS.forEach((operation) -> OUTCOMES.forEach((outcome) -> timer(operation, outcome)));
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

	/**
	 * Runs a call.
	 * @param operation its name, for the metrics
	 * @param call the call
	 * @return its answer
	 * @throws ProviderUnavailableException when it did not succeed in the end, whatever
	 * the guard that gave up
	 */
	StripeApi.Answer call(String operation, Callable<StripeApi.Answer> call) {
		Callable<StripeApi.Answer> timed = () -> this.timeLimiter.executeFutureSupplier(() -> this.calls.submit(call));
		return run(operation, Retry.decorateCallable(this.retry,
				CircuitBreaker.decorateCallable(this.breaker, Bulkhead.decorateCallable(this.bulkhead, timed))));
	}

	/**
	 * Runs one read past an open circuit breaker, still within the bulkhead and the time
	 * limit, and without retries: the last question about a charge before it is given up
	 * on, asked once per charge, which must not be refused for the failures of others. It
	 * does not count towards the breaker either.
	 * @param operation its name, for the metrics
	 * @param call the call
	 * @return its answer
	 * @throws ProviderUnavailableException when it did not succeed
	 */
	StripeApi.Answer probe(String operation, Callable<StripeApi.Answer> call) {
		Callable<StripeApi.Answer> timed = () -> this.timeLimiter.executeFutureSupplier(() -> this.calls.submit(call));
		return run(operation, Bulkhead.decorateCallable(this.bulkhead, timed));
	}

	private StripeApi.Answer run(String operation, Callable<StripeApi.Answer> guarded) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "unavailable";
		try {
			StripeApi.Answer answer = guarded.call();
			outcome = answer.ok() ? "success" : "refused";
			return answer;
		}
		catch (CallNotPermittedException ex) {
			outcome = "breaker_open";
			throw new ProviderUnavailableException("The payment provider's circuit breaker is open", ex);
		}
		catch (BulkheadFullException ex) {
			outcome = "bulkhead_full";
			throw new ProviderUnavailableException("Too many payment provider calls in flight", ex);
		}
		catch (TimeoutException ex) {
			outcome = "timeout";
			throw new ProviderUnavailableException("The payment provider did not answer in time", ex);
		}
		catch (ProviderUnavailableException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ProviderUnavailableException("Payment provider call failed: " + ex, ex);
		}
		finally {
			sample.stop(timer(operation, outcome));
		}
	}

	private Timer timer(String operation, String outcome) {
		return Timer.builder("nexus.payment.provider.calls")
			.description("Calls to the payment provider, retries included")
			.tag("operation", operation)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.register(this.meters);
	}

}
