/**
 * Safe defaults: a service refuses to start with a development value (a webhook secret,
 * generated signing keys, an administrator password shipped in the repository, a
 * {@code CHANGE_ME} placeholder) unless the {@code local} profile is active, as it is in
 * {@code ./run.sh} and the tests. Services declare their development values as
 * {@link nexus.platform.safety.DevelopmentDefault} beans;
 * {@link nexus.platform.safety.DevelopmentDefaultsGuard} checks them all at start.
 */
@NullMarked
package nexus.platform.safety;

import org.jspecify.annotations.NullMarked;
