package nexus.user.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nexus.platform.observability.CorrelationContext;
import nexus.platform.paging.Listing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of accounts: every {@link AccountChanged} is recorded in the
 * transaction that makes the change (so there is no change without its record, and no
 * record of a change that was rolled back), and so are password changes and sign-outs
 * everywhere. Administrators read it newest first.
 */
@Component
public class AccountAudit {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AccountAudit(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountChanged changed) {
		record(changed.accountId(), changed.changedBy(), "changed", changed.before(), changed.after(),
				changed.changedAt());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccessRevoked revoked) {
		if (revoked.reason() == AccessRevoked.Reason.PASSWORD_CHANGED
				|| revoked.reason() == AccessRevoked.Reason.SIGNED_OUT_EVERYWHERE) {
			record(revoked.accountId(), revoked.accountId(),
					revoked.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), revoked.revokedAt());
		}
	}

	/**
	 * Records an action that changes no state shown in the account, such as a password
	 * change; inside the caller's transaction.
	 * @param accountId whose account
	 * @param changedBy who
	 * @param action what
	 * @param at when
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID accountId, UUID changedBy, String action, Instant at) {
		record(accountId, changedBy, action, null, null, at);
	}

	private void record(UUID accountId, UUID changedBy, String action, @Nullable AccountState before,
			@Nullable AccountState after, Instant at) {
		this.jdbc.sql("""
				INSERT INTO account_audit
				  (id, account_id, changed_by, action, before_state, after_state, changed_at, correlation_id)
				VALUES (:id, :account, :by, :action, CAST(:before AS jsonb), CAST(:after AS jsonb), :at, :correlation)
				""")
			.param("id", UUID.randomUUID())
			.param("account", accountId)
			.param("by", changedBy)
			.param("action", action)
			.param("before", toJson(before))
			.param("after", toJson(after))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("correlation", CorrelationContext.correlationId())
			.update();
	}

	/**
	 * The changes of one account, newest first.
	 * @param accountId the account
	 * @param page which page (zero-based)
	 * @param size how many per page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Listing<AuditEntry> of(UUID accountId, int page, int size) {
		List<AuditEntry> entries = this.jdbc.sql("""
				SELECT * FROM account_audit WHERE account_id = :account
				ORDER BY changed_at DESC, id LIMIT :limit OFFSET :offset
				""")
			.param("account", accountId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::entry)
			.list();
		long total = Listing.total(page, size, entries.size(),
				() -> this.jdbc.sql("SELECT count(*) FROM account_audit WHERE account_id = :account")
					.param("account", accountId)
					.query(Long.class)
					.single());
		return new Listing<>(entries, page, size, total);
	}

	private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEntry(row.getObject("id", UUID.class), row.getObject("account_id", UUID.class),
				row.getObject("changed_by", UUID.class), row.getString("action"),
				fromJson(row.getString("before_state")), fromJson(row.getString("after_state")),
				row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("correlation_id"));
	}

	private @Nullable String toJson(@Nullable AccountState state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private @Nullable AccountState fromJson(@Nullable String value) {
		return (value != null) ? this.json.readValue(value, AccountState.class) : null;
	}

}
