/**
 * What domain code shares, with no HTTP in it: the refusals a rule may make
 * ({@link nexus.platform.domain.DomainException} and its kinds, which the web layer maps
 * to problem details once) and the marker of domain events
 * ({@link nexus.platform.domain.DomainEvent}), which aggregates register and the platform
 * turns into wire events through each service's translator. See ADR 0007.
 */
@NullMarked
package nexus.platform.domain;

import org.jspecify.annotations.NullMarked;
