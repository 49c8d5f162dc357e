package nexus.catalog.category;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nexus.platform.domain.NotFound;
import nexus.platform.domain.StaleVersion;
import nexus.platform.domain.StateConflict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to categories and sub-categories.
 */
@Service
@Transactional
public class CategoryService {

	private static final UUID NONE = new UUID(0, 0);

	private final CategoryRepository categories;

	private final SubCategoryRepository subCategories;

	private final CategoryUsage usage;

	private final CategoryQueries queries;

	private final CategoryCache cache;

	private final Clock clock;

	CategoryService(CategoryRepository categories, SubCategoryRepository subCategories, CategoryUsage usage,
			CategoryQueries queries, CategoryCache cache, Clock clock) {
		this.categories = categories;
		this.subCategories = subCategories;
		this.usage = usage;
		this.queries = queries;
		this.cache = cache;
		this.clock = clock;
	}

	public CategoryView create(String name) {
		checkName(name, NONE);
		Category category = this.categories.save(Category.create(name, now()));
		return changed(category.id());
	}

	/**
	 * Renames a category, as of the version its administrator read.
	 * @param id the category
	 * @param name the new name
	 * @param expectedVersion the version read ({@code If-Match})
	 * @return the category renamed
	 * @throws StaleVersion when it was renamed since
	 */
	public CategoryView rename(UUID id, String name, long expectedVersion) {
		Category category = category(id);
		StaleVersion.check("Category", expectedVersion, category.version());
		checkName(name, id);
		category.rename(name, now());
		return changed(id);
	}

	public void delete(UUID id) {
		Category category = category(id);
		if (this.usage.categoryInUse(id)) {
			throw new StateConflict("category-in-use", "Category in use",
					"Category " + id + " still has products; move or delete them first");
		}
		this.usage.releaseCategory(id);
		this.categories.delete(category);
		this.categories.flush();
		this.cache.evictAllAfterCommit();
	}

	public SubCategoryView createSubCategory(UUID categoryId, String name) {
		category(categoryId);
		checkSubCategoryName(categoryId, name, NONE);
		SubCategory subCategory = this.subCategories.save(SubCategory.create(categoryId, name, now()));
		changed(categoryId);
		return this.queries.loadSubCategory(categoryId, subCategory.id()).orElseThrow();
	}

	/**
	 * Renames a sub-category, as of the version its administrator read.
	 * @param categoryId its category
	 * @param id the sub-category
	 * @param name the new name
	 * @param expectedVersion the version read ({@code If-Match})
	 * @return the sub-category renamed
	 * @throws StaleVersion when it was renamed since
	 */
	public SubCategoryView renameSubCategory(UUID categoryId, UUID id, String name, long expectedVersion) {
		SubCategory subCategory = subCategory(categoryId, id);
		StaleVersion.check("Sub-category", expectedVersion, subCategory.version());
		checkSubCategoryName(categoryId, name, id);
		subCategory.rename(name, now());
		changed(categoryId);
		return this.queries.loadSubCategory(categoryId, id).orElseThrow();
	}

	public void deleteSubCategory(UUID categoryId, UUID id) {
		SubCategory subCategory = subCategory(categoryId, id);
		if (this.usage.subCategoryInUse(id)) {
			throw new StateConflict("sub-category-in-use", "Sub-category in use",
					"Sub-category " + id + " still has products; move or delete them first");
		}
		this.usage.releaseSubCategory(id);
		this.subCategories.delete(subCategory);
		this.subCategories.flush();
		this.cache.evictAllAfterCommit();
	}

	private CategoryView changed(UUID categoryId) {
		this.categories.flush();
		this.subCategories.flush();
		this.cache.evictAllAfterCommit();
		return this.queries.load(categoryId).orElseThrow();
	}

	private Category category(UUID id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFound("Category", id));
	}

	private SubCategory subCategory(UUID categoryId, UUID id) {
		return this.subCategories.findByIdAndCategoryId(id, categoryId)
			.orElseThrow(() -> new NotFound("Sub-category", id));
	}

	private void checkName(String name, UUID except) {
		if (this.categories.nameTaken(name.strip(), except)) {
			throw new StateConflict("name-taken", "Name taken",
					"A category named '" + name.strip() + "' already exists");
		}
	}

	private void checkSubCategoryName(UUID categoryId, String name, UUID except) {
		if (this.subCategories.nameTaken(categoryId, name.strip(), except)) {
			throw new StateConflict("name-taken", "Name taken",
					"Category " + categoryId + " already has a sub-category named '" + name.strip() + "'");
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
