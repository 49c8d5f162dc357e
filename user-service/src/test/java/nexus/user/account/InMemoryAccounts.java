package nexus.user.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nexus.testsupport.AggregateEvents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The accounts in a map, for unit tests of {@link AccountService}: it keeps the one
 * constraint the database enforces (one account per address) and, like Spring Data on
 * save, takes each saved account's registered events, which a test reads as
 * {@link #published()}. An account changed but not saved publishes nothing here either.
 */
class InMemoryAccounts implements UserAccountRepository {

	private final Map<UUID, UserAccount> accounts = new LinkedHashMap<>();

	private final List<Object> published = new ArrayList<>();

	private int locks;

	@Override
	public Optional<UserAccount> findById(UUID id) {
		return Optional.ofNullable(this.accounts.get(id));
	}

	@Override
	public Optional<UserAccount> findByEmail(String email) {
		return this.accounts.values().stream().filter((account) -> account.email().equals(email)).findFirst();
	}

	@Override
	public <S extends UserAccount> S saveAndFlush(S account) {
		boolean taken = this.accounts.values()
			.stream()
			.anyMatch((other) -> !other.id().equals(account.id()) && other.email().equals(account.email()));
		if (taken) {
			throw new DataIntegrityViolationException("duplicate key value violates unique constraint users_email_key");
		}
		this.accounts.put(account.id(), account);
		this.published.addAll(AggregateEvents.of(account));
		AggregateEvents.clear(account);
		return account;
	}

	@Override
	public List<UserAccount> lockOtherActiveAdmins(UUID id) {
		this.locks++;
		return this.accounts.values()
			.stream()
			.filter((account) -> account.isActiveAdmin() && !account.id().equals(id))
			.toList();
	}

	@Override
	public Page<UserAccount> search(@Nullable String email, Pageable pageable) {
		List<UserAccount> matching = this.accounts.values()
			.stream()
			.filter((account) -> email == null || account.email().contains(email))
			.sorted(Comparator.comparing(UserAccount::createdAt).reversed())
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/**
	 * Stores an account as if another transaction had committed it, without its events.
	 * @param account the account
	 * @return it
	 */
	UserAccount committed(UserAccount account) {
		AggregateEvents.clear(account);
		this.accounts.put(account.id(), account);
		return account;
	}

	List<Object> published() {
		return this.published;
	}

	int count() {
		return this.accounts.size();
	}

	int locks() {
		return this.locks;
	}

}
