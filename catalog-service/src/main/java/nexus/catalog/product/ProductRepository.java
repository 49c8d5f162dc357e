package nexus.catalog.product;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Products, for changing them. Reads for clients go through {@link ProductQueries}.
 */
public interface ProductRepository extends Repository<Product, UUID> {

	Product save(Product product);

	Optional<Product> findById(UUID id);

	void flush();

	/**
	 * A product, locked until the transaction ends, so that administrators' changes of
	 * one product (details, images, ratings) apply one after the other. Stock has locks
	 * of its own (the inventory's).
	 * @param id the product id
	 * @return the locked product, deleted or not
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Product p where p.id = :id")
	Optional<Product> lock(@Param("id") UUID id);

	/**
	 * Which of some products are in the catalogue (exist and are not deleted).
	 * @param ids the products
	 * @return those that are
	 */
	@Query("select p.id from Product p where p.id in :ids and p.deletedAt is null")
	Set<UUID> liveAmong(@Param("ids") Collection<UUID> ids);

	@Query("select count(p) > 0 from Product p where p.categoryId = :categoryId and p.deletedAt is null")
	boolean existsLiveInCategory(@Param("categoryId") UUID categoryId);

	@Query("select count(p) > 0 from Product p where p.subCategoryId = :subCategoryId and p.deletedAt is null")
	boolean existsLiveInSubCategory(@Param("subCategoryId") UUID subCategoryId);

	/**
	 * Lets deleted products forget a category that is about to be deleted; live products
	 * keep theirs, and the foreign key refuses the deletion if one still has it.
	 * @param categoryId the category
	 * @return how many deleted products forgot it
	 */
	@Modifying
	@Query("update Product p set p.categoryId = null, p.subCategoryId = null where p.categoryId = :categoryId and p.deletedAt is not null")
	int forgetCategoryOfDeleted(@Param("categoryId") UUID categoryId);

	/**
	 * Lets deleted products forget a sub-category that is about to be deleted.
	 * @param subCategoryId the sub-category
	 * @return how many deleted products forgot it
	 */
	@Modifying
	@Query("update Product p set p.subCategoryId = null where p.subCategoryId = :subCategoryId and p.deletedAt is not null")
	int forgetSubCategoryOfDeleted(@Param("subCategoryId") UUID subCategoryId);

}
