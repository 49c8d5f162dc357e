package nexus.order.catalogcopy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The product copy, with only the operations it uses, so that a unit test can stand in
 * for it.
 */
interface ProductCopyRepository extends Repository<ProductCopy, UUID> {

	Optional<ProductCopy> findById(UUID id);

	List<ProductCopy> findAllById(Iterable<UUID> ids);

	<S extends ProductCopy> S save(S copy);

}
