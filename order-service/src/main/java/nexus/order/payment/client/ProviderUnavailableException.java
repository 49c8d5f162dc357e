package nexus.order.payment.client;

/**
 * The provider could not be reached, or answered that it cannot serve now (5xx, 429, or
 * 409 for a request with the same key still in flight). Worth retrying.
 */
class ProviderUnavailableException extends RuntimeException {

	ProviderUnavailableException(String message) {
		super(message);
	}

	ProviderUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
