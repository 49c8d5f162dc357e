package nexus.catalog.review;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ReviewRepository extends Repository<Review, UUID> {

	Review save(Review review);

	boolean existsByProductIdAndAuthorId(UUID productId, UUID authorId);

	void flush();

}
