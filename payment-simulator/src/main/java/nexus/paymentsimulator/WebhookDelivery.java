package nexus.paymentsimulator;

/**
 * One attempt to deliver a webhook.
 *
 * @param eventId the event id ({@code evt_...})
 * @param type the event type, such as {@code payment_intent.succeeded}
 * @param status the HTTP status the receiver answered, or {@code -1} when it could not be
 * reached
 * @param attempt 1 for the first attempt
 */
public record WebhookDelivery(String eventId, String type, int status, int attempt) {

	/**
	 * Whether the receiver accepted it.
	 * @return a 2xx answer
	 */
	public boolean accepted() {
		return this.status >= 200 && this.status < 300;
	}

}
