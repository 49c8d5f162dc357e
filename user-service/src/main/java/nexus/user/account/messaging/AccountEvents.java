package nexus.user.account.messaging;

import java.util.ArrayList;
import java.util.List;

import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.domain.DomainEvent;
import nexus.platform.messaging.outbox.EventTranslator;
import nexus.user.account.AccessRevoked;
import nexus.user.account.AccountChanged;
import nexus.user.account.AccountOpened;
import nexus.user.account.AccountState;

import org.springframework.stereotype.Component;

/**
 * user-service's one edge to the wire: what other services hear, on
 * {@code nexus.users.v1}, about an account's domain events.
 * <ul>
 * <li>{@link AccountOpened} is {@link UserRegistered};</li>
 * <li>an {@link AccountChanged} that takes access away is {@link UserDeactivated};</li>
 * <li>one that renames, changes the role or gives access back is {@link UserUpdated},
 * with the whole new state; a change that does both is both, deactivation first;</li>
 * <li>a deactivation or a role change is also {@link UserAccessRevoked}, last, and so is
 * an {@link AccessRevoked} (a password change, a sign-out everywhere): the gateway and
 * every service then refuse the account's older access tokens.</li>
 * </ul>
 */
@Component
class AccountEvents implements EventTranslator {

	@Override
	public List<UserEvent> toWire(DomainEvent event) {
		return switch (event) {
			case AccountOpened opened -> List.of(registered(opened));
			case AccountChanged changed -> changed(changed);
			case AccessRevoked revoked -> List.of(new UserAccessRevoked(revoked.accountId(), revoked.notBefore(),
					revoked.reason().name(), revoked.revokedAt()));
			default -> List.of();
		};
	}

	private static UserRegistered registered(AccountOpened opened) {
		AccountState state = opened.state();
		return new UserRegistered(opened.accountId(), state.email(), state.firstName(), state.lastName(),
				state.role().name(), opened.openedAt());
	}

	private static List<UserEvent> changed(AccountChanged changed) {
		List<UserEvent> wire = new ArrayList<>(2);
		if (changed.deactivated()) {
			wire.add(new UserDeactivated(changed.accountId(), changed.changedAt()));
		}
		if (changed.renamed() || changed.roleChanged() || changed.reactivated()) {
			AccountState now = changed.after();
			wire.add(new UserUpdated(changed.accountId(), now.email(), now.firstName(), now.lastName(),
					now.role().name(), now.active(), changed.changedAt()));
		}
		changed.revocation()
			.ifPresent((reason) -> wire.add(new UserAccessRevoked(changed.accountId(),
					AccessRevoked.notBeforeFor(changed.changedAt()), reason.name(), changed.changedAt())));
		return wire;
	}

}
