package nexus.catalog.category;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SubCategoryRepository extends Repository<SubCategory, UUID> {

	SubCategory save(SubCategory subCategory);

	Optional<SubCategory> findByIdAndCategoryId(UUID id, UUID categoryId);

	boolean existsByIdAndCategoryId(UUID id, UUID categoryId);

	void delete(SubCategory subCategory);

	void flush();

	@Query("""
			select count(s) > 0 from SubCategory s
			where s.categoryId = :categoryId and lower(s.name) = lower(:name) and s.id <> :except""")
	boolean nameTaken(@Param("categoryId") UUID categoryId, @Param("name") String name, @Param("except") UUID except);

}
