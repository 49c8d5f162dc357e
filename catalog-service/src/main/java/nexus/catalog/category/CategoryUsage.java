package nexus.catalog.category;

import java.util.UUID;

/**
 * What the products feature tells categories about the products in them, so that a
 * category still in use is never deleted. (Implemented there, so that categories do not
 * depend on products.)
 */
public interface CategoryUsage {

	/**
	 * Whether a live product is in the category.
	 * @param categoryId the category
	 * @return whether it is in use
	 */
	boolean categoryInUse(UUID categoryId);

	/**
	 * Whether a live product is in the sub-category.
	 * @param subCategoryId the sub-category
	 * @return whether it is in use
	 */
	boolean subCategoryInUse(UUID subCategoryId);

	/**
	 * Lets deleted products forget a category about to be deleted.
	 * @param categoryId the category
	 */
	void releaseCategory(UUID categoryId);

	/**
	 * Lets deleted products forget a sub-category about to be deleted.
	 * @param subCategoryId the sub-category
	 */
	void releaseSubCategory(UUID subCategoryId);

}
