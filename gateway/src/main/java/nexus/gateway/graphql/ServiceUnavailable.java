package nexus.gateway.graphql;

/**
 * A service could not answer: unreachable, too slow, failing, or its circuit breaker is
 * open.
 */
class ServiceUnavailable extends RuntimeException {

	private final String service;

	ServiceUnavailable(String service, Throwable cause) {
		super(service + " is unavailable right now; try again shortly", cause);
		this.service = service;
	}

	String service() {
		return this.service;
	}

}
