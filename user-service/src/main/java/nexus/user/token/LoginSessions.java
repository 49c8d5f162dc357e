package nexus.user.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logins as their holder sees them: one row per refresh-token family, with when it
 * started and was last used, and the client address and user agent it started from. Kept
 * in step by {@link RefreshTokens}, in its transactions.
 */
@Component
class LoginSessions {

	private static final int MAX_USER_AGENT = 300;

	private final JdbcClient jdbc;

	LoginSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void started(UUID sessionId, UUID userId, Instant now, String clientAddress, @Nullable String userAgent) {
		this.jdbc.sql("""
				INSERT INTO login_session (id, user_id, created_at, last_used_at, client_address, user_agent)
				VALUES (:id, :user, :now, :now, :address, :agent)
				""")
			.param("id", sessionId)
			.param("user", userId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("address", truncate(clientAddress, 64))
			.param("agent", (userAgent != null) ? truncate(userAgent, MAX_USER_AGENT) : null)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void used(UUID sessionId, Instant now) {
		this.jdbc.sql("UPDATE login_session SET last_used_at = :now WHERE id = :id")
			.param("id", sessionId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void ended(UUID sessionId, Instant now) {
		this.jdbc.sql("UPDATE login_session SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
			.param("id", sessionId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional(readOnly = true)
	List<LoginSession> active(UUID userId) {
		return this.jdbc.sql("""
				SELECT id, created_at, last_used_at, client_address, user_agent FROM login_session
				WHERE user_id = :user AND ended_at IS NULL ORDER BY last_used_at DESC, id
				""").param("user", userId).query(LoginSessions::session).list();
	}

	@Transactional(readOnly = true)
	boolean isActive(UUID userId, UUID sessionId) {
		return this.jdbc
			.sql("SELECT count(*) FROM login_session WHERE id = :id AND user_id = :user AND ended_at IS NULL")
			.param("id", sessionId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	List<UUID> activeIds(UUID userId) {
		return this.jdbc.sql("SELECT id FROM login_session WHERE user_id = :user AND ended_at IS NULL")
			.param("user", userId)
			.query(UUID.class)
			.list();
	}

	private static LoginSession session(ResultSet row, int rowNumber) throws SQLException {
		return new LoginSession(row.getObject("id", UUID.class),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("last_used_at", OffsetDateTime.class).toInstant(), row.getString("client_address"),
				row.getString("user_agent"));
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
