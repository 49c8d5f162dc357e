/**
 * The payments' HTTP adapters: reading and listing payments, and the provider's signed
 * webhook.
 */
@NullMarked
package nexus.order.payment.web;

import org.jspecify.annotations.NullMarked;
