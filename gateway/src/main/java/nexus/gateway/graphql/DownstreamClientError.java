package nexus.gateway.graphql;

/**
 * A service refused a call the client made wrongly (4xx). Passed on as a GraphQL error;
 * it says nothing about the service's health, so circuit breakers ignore it.
 */
class DownstreamClientError extends RuntimeException {

	private final String service;

	private final int status;

	private final String problemType;

	DownstreamClientError(String service, int status, String problemType, String detail) {
		super(detail);
		this.service = service;
		this.status = status;
		this.problemType = problemType;
	}

	String service() {
		return this.service;
	}

	int status() {
		return this.status;
	}

	String problemType() {
		return this.problemType;
	}

}
