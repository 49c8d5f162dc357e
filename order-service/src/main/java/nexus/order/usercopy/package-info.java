/**
 * The local copy of user-service's users, kept from its events and asked whether an
 * account may order. Knows nothing of the wire records.
 */
@NullMarked
package nexus.order.usercopy;

import org.jspecify.annotations.NullMarked;
