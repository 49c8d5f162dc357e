package nexus.order.usercopy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What order-service knows of a user: whether the account may still order, and where to
 * write to. Fed only by user-service's events.
 */
@Entity
@Table(name = "user_copy")
class UserCopy {

	@Id
	private UUID id;

	private String email;

	private boolean active;

	private Instant updatedAt;

	protected UserCopy() {
	}

	UserCopy(UUID id, Instant now) {
		this.id = id;
		this.active = true;
		this.updatedAt = now;
	}

	void update(String email, boolean active, Instant now) {
		this.email = email;
		this.active = active;
		this.updatedAt = now;
	}

	void deactivate(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	boolean active() {
		return this.active;
	}

	String email() {
		return this.email;
	}

}
