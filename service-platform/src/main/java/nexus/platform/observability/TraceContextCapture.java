package nexus.platform.observability;

import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Writes the current trace context (W3C {@code traceparent}) into a header map, so that
 * an event published later by the outbox relay continues the trace of the request or
 * event that caused it.
 */
public class TraceContextCapture {

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

}
