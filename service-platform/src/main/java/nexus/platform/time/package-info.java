/**
 * Time: the service's one {@link java.time.Clock} bean.
 */
@NullMarked
package nexus.platform.time;

import org.jspecify.annotations.NullMarked;
