package nexus.catalog.image;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ImageRepository extends Repository<ProductImage, UUID> {

	ProductImage save(ProductImage image);

	Optional<ProductImage> findByIdAndProductId(UUID id, UUID productId);

	long countByProductId(UUID productId);

	void delete(ProductImage image);

}
