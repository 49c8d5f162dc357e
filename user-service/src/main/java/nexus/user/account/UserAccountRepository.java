package nexus.user.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	/**
	 * The other active administrators, locked, so that two administrators demoting each
	 * other at once cannot both succeed.
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
	Page<UserAccount> search(String email, Pageable pageable);

}
