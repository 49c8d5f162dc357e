/**
 * user-service: the identity every other part of Nexus trusts. The application class
 * only; each feature is a package of its own ({@code account}, {@code auth},
 * {@code token}), with its HTTP adapter in a {@code web} sub-package and its events' wire
 * form in a {@code messaging} sub-package.
 */
@NullMarked
package nexus.user;

import org.jspecify.annotations.NullMarked;
