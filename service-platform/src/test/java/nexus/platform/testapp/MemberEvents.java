package nexus.platform.testapp;

import java.time.Instant;
import java.util.List;

import nexus.events.NexusEvent;
import nexus.events.user.UserRegistered;
import nexus.platform.domain.DomainEvent;
import nexus.platform.messaging.outbox.EventTranslator;

import org.springframework.stereotype.Component;

/**
 * The test application's one edge to the wire: a member who joined is a registered user.
 */
@Component
class MemberEvents implements EventTranslator {

	@Override
	public List<? extends NexusEvent> toWire(DomainEvent event) {
		return switch (event) {
			case Member.Joined joined -> List.of(new UserRegistered(joined.memberId(), joined.email(), "Test", "Member",
					"CUSTOMER", Instant.parse("2026-01-01T00:00:00Z")));
			default -> List.of();
		};
	}

}
