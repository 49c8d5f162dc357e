package nexus.platform.testapp;

import java.util.Optional;
import java.util.UUID;

import nexus.events.user.UserAccessRevoked;
import nexus.events.user.UserDeactivated;
import nexus.events.user.UserEvent;
import nexus.events.user.UserRegistered;
import nexus.events.user.UserUpdated;
import nexus.platform.messaging.inbox.ReceivedEvent;
import nexus.platform.observability.CorrelationContext;
import org.slf4j.MDC;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies user events to {@code user_copy}. Deactivating a user it has never seen fails,
 * as a consumer whose reference data is missing would.
 */
@Component
public class UserCopies {

	private final JdbcClient jdbc;

	UserCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void apply(ReceivedEvent<UserEvent> received) {
		switch (received.event()) {
			case UserRegistered registered -> this.jdbc.sql("""
					INSERT INTO user_copy (id, email, trace_id, correlation_id)
					VALUES (:id, :email, :traceId, :correlationId)
					ON CONFLICT (id) DO UPDATE SET applications = user_copy.applications + 1
					""")
				.param("id", registered.userId())
				.param("email", registered.email())
				.param("traceId", MDC.get("traceId"))
				.param("correlationId", CorrelationContext.correlationId())
				.update();
			case UserUpdated updated -> this.jdbc.sql("UPDATE user_copy SET email = :email WHERE id = :id")
				.param("id", updated.userId())
				.param("email", updated.email())
				.update();
			case UserDeactivated deactivated -> {
				int changed = this.jdbc.sql("UPDATE user_copy SET active = false WHERE id = :id")
					.param("id", deactivated.userId())
					.update();
				if (changed == 0) {
					throw new IllegalStateException("Unknown user " + deactivated.userId());
				}
			}
			case UserAccessRevoked revoked -> {
				// The platform's revocation view hears this one.
			}
		}
	}

	public Optional<Row> find(UUID id) {
		return this.jdbc
			.sql("SELECT id, email, active, applications, trace_id, correlation_id FROM user_copy WHERE id = :id")
			.param("id", id)
			.query(Row.class)
			.optional();
	}

	public void insert(UUID id, String email) {
		this.jdbc.sql("INSERT INTO user_copy (id, email) VALUES (:id, :email)")
			.param("id", id)
			.param("email", email)
			.update();
	}

	public record Row(UUID id, String email, boolean active, int applications, String traceId, String correlationId) {
	}

}
