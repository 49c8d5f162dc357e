package nexus.events;

import java.util.List;

/**
 * Kafka topic names. Each topic is keyed by the id of the aggregate its events are about,
 * so that everything about one aggregate stays in order.
 */
public final class Topics {

	/** User account events, keyed by user id. */
	public static final String USERS = "nexus.users.v1";

	/** Product catalogue events, keyed by product id. */
	public static final String PRODUCTS = "nexus.catalog.products.v1";

	/** Stock reservation events, keyed by order id. */
	public static final String STOCK = "nexus.catalog.stock.v1";

	/** Order and payment events, keyed by order id. */
	public static final String ORDERS = "nexus.orders.v1";

	/** Every topic above. */
	public static final List<String> ALL = List.of(USERS, PRODUCTS, STOCK, ORDERS);

	/** Partitions each topic is created with, so that consumers scale out. */
	public static final int PARTITIONS = 3;

	private Topics() {
	}

}
