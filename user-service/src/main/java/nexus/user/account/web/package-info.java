/**
 * Accounts over HTTP: registration, the current user's profile and account
 * administration, with the account's version as {@code ETag} and {@code If-Match}
 * (required of administrators). Request records are validated before a controller reads
 * them, so a required field is declared non-null; a field a client may leave out is
 * {@code @Nullable}.
 */
@NullMarked
package nexus.user.account.web;

import org.jspecify.annotations.NullMarked;
