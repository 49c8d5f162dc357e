package nexus.user.account;

import java.time.Instant;
import java.util.UUID;

import nexus.platform.domain.DomainEvent;

/**
 * An account was opened: by a person registering, or as the first administrator.
 *
 * @param accountId the new account's id (the user id)
 * @param state what it is
 * @param openedAt when
 */
public record AccountOpened(UUID accountId, AccountState state, Instant openedAt) implements DomainEvent {
}
