/**
 * Feeds the user copy from {@code nexus.users.v1}, translating the wire records into
 * calls on the copy.
 */
@NullMarked
package nexus.order.usercopy.messaging;

import org.jspecify.annotations.NullMarked;
