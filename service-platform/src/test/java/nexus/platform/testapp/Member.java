package nexus.platform.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nexus.platform.domain.DomainEvent;
import nexus.platform.domain.RuleViolation;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate as the services write them: it guards its rule with a domain exception and
 * registers what happened as a domain event.
 */
@Entity
@Table(name = "member")
public class Member extends AbstractAggregateRoot<Member> {

	@Id
	private UUID id;

	private String email;

	@Version
	private long version;

	protected Member() {
	}

	public static Member join(UUID id, String email) {
		if (!email.contains("@")) {
			throw new RuleViolation("not-an-email", "Not an e-mail address", "email", email + " has no @");
		}
		Member member = new Member();
		member.id = id;
		member.email = email;
		member.registerEvent(new Joined(id, email));
		return member;
	}

	/**
	 * A member joined.
	 *
	 * @param memberId who
	 * @param email their address
	 */
	public record Joined(UUID memberId, String email) implements DomainEvent {
	}

	/** Something the translator does not publish. */
	public record Noticed(UUID memberId) implements DomainEvent {
	}

	/** Forgets the events registered so far, as if they had been published. */
	public void clearEvents() {
		clearDomainEvents();
	}

	public Member notice() {
		registerEvent(new Noticed(this.id));
		return this;
	}

}
