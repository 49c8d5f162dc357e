/**
 * order-service: customers' carts, their orders and the order saga that reserves stock
 * and takes the payment, the payments with their provider, and the local copies of
 * products and users the service keeps from other services' events. The application class
 * enables the scheduled jobs (saga deadlines, payment poller, reconciliation).
 */
@NullMarked
package nexus.order;

import org.jspecify.annotations.NullMarked;
