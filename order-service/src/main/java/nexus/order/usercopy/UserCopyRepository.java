package nexus.order.usercopy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The user copy, with only the operations it uses, so that a unit test can stand in for
 * it.
 */
interface UserCopyRepository extends Repository<UserCopy, UUID> {

	Optional<UserCopy> findById(UUID id);

	<S extends UserCopy> S save(S copy);

}
