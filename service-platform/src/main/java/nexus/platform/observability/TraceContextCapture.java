package nexus.platform.observability;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;

/**
 * Carries trace context (W3C {@code traceparent}) across the places where work leaves the
 * thread that started it: into the headers of an event the outbox relay publishes later,
 * and into a row that a scheduler or a background run picks up later (a payment to take,
 * an order past its deadline), so that what that work publishes continues the trace of
 * the request that caused it.
 */
public class TraceContextCapture {

	private static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	public TraceContextCapture(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Adds the current trace context, if there is one, to the headers.
	 * @param headers the headers to add to
	 */
	public void injectInto(Map<String, String> headers) {
		TraceContext context = this.tracer.currentTraceContext().context();
		if (context != null) {
			this.propagator.inject(context, headers, Map::put);
		}
	}

	/**
	 * The current trace context as a W3C {@code traceparent}, to be stored with work that
	 * runs later.
	 * @return the traceparent, or {@code null} outside any trace
	 */
	public @Nullable String current() {
		Map<String, String> headers = new HashMap<>();
		injectInto(headers);
		return headers.get(TRACEPARENT);
	}

	/**
	 * Runs work later in the trace it was stored with: starts a span of that trace (or of
	 * a new trace when none was stored) and makes it current until the returned scope is
	 * closed.
	 * @param traceparent the stored traceparent, or {@code null}
	 * @param name the span's name, for example {@code payment.charge}
	 * @return the scope to close, which ends the span
	 */
	public Continuation continueFrom(@Nullable String traceparent, String name) {
		Span span = (traceparent != null)
				? this.propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start()
				: this.tracer.nextSpan().name(name).start();
		Tracer.SpanInScope scope = this.tracer.withSpan(span);
		return () -> {
			scope.close();
			span.end();
		};
	}

	/**
	 * A span made current by {@link #continueFrom}; closing it ends the span.
	 */
	@FunctionalInterface
	public interface Continuation extends AutoCloseable {

		@Override
		void close();

		/**
		 * A continuation that does nothing, for where no tracer is configured.
		 * @return the no-op continuation
		 */
		static Continuation none() {
			return () -> {
			};
		}

	}

}
