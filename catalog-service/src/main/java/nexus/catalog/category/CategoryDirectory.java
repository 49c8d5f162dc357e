package nexus.catalog.category;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask about categories.
 */
@Component
@Transactional(readOnly = true)
public class CategoryDirectory {

	private final CategoryRepository categories;

	private final SubCategoryRepository subCategories;

	CategoryDirectory(CategoryRepository categories, SubCategoryRepository subCategories) {
		this.categories = categories;
		this.subCategories = subCategories;
	}

	public boolean exists(UUID categoryId) {
		return this.categories.existsById(categoryId);
	}

	public boolean isSubCategoryOf(UUID subCategoryId, UUID categoryId) {
		return this.subCategories.existsByIdAndCategoryId(subCategoryId, categoryId);
	}

}
