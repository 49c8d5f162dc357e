package nexus.catalog.category;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CategoryRepository extends Repository<Category, UUID> {

	Category save(Category category);

	Optional<Category> findById(UUID id);

	boolean existsById(UUID id);

	void delete(Category category);

	void flush();

	@Query("select count(c) > 0 from Category c where lower(c.name) = lower(:name) and c.id <> :except")
	boolean nameTaken(@Param("name") String name, @Param("except") UUID except);

}
