package nexus.user.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The accounts, with only the operations the application uses: small enough for a unit
 * test to stand in for it with a map. Saving publishes the account's registered events.
 */
interface UserAccountRepository extends Repository<UserAccount, UUID> {

	Optional<UserAccount> findById(UUID id);

	Optional<UserAccount> findByEmail(String email);

	/**
	 * Saves and flushes at once, so that a duplicate address fails here (the unique
	 * index) and the returned account carries its new version.
	 * @param <S> the account type
	 * @param account the account
	 * @return the saved account
	 */
	<S extends UserAccount> S saveAndFlush(S account);

	/**
	 * The other active administrators, locked, so that two administrators demoting each
	 * other at once cannot both succeed.
	 * @param id the account that is about to stop being an active administrator
	 * @return the others
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select u from UserAccount u
			where u.role = nexus.user.account.Role.ADMIN and u.active = true and u.id <> :id
			""")
	List<UserAccount> lockOtherActiveAdmins(UUID id);

	@Query("""
			select u from UserAccount u
			where (:email is null or u.email like concat('%', cast(:email as string), '%'))
			""")
	Page<UserAccount> search(@Nullable String email, Pageable pageable);

}
