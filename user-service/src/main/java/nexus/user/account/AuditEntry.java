package nexus.user.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of an account, as administrators read it.
 *
 * @param id the entry's id
 * @param accountId whose account
 * @param changedBy who made the change
 * @param action what kind of change: {@code changed} (names, role or access),
 * {@code password-changed}, {@code signed-out-everywhere}
 * @param before the account before, or {@code null} when the action changes no state
 * shown here
 * @param after the account after, or {@code null} likewise
 * @param changedAt when
 * @param correlationId the correlation id of the request that made it, if any
 */
public record AuditEntry(UUID id, UUID accountId, UUID changedBy, String action, @Nullable AccountState before,
		@Nullable AccountState after, Instant changedAt, @Nullable String correlationId) {
}
