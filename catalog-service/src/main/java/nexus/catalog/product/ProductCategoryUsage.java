package nexus.catalog.product;

import java.util.UUID;

import nexus.catalog.category.CategoryUsage;

import org.springframework.stereotype.Component;

@Component
class ProductCategoryUsage implements CategoryUsage {

	private final ProductRepository products;

	ProductCategoryUsage(ProductRepository products) {
		this.products = products;
	}

	@Override
	public boolean categoryInUse(UUID categoryId) {
		return this.products.existsLiveInCategory(categoryId);
	}

	@Override
	public boolean subCategoryInUse(UUID subCategoryId) {
		return this.products.existsLiveInSubCategory(subCategoryId);
	}

	@Override
	public void releaseCategory(UUID categoryId) {
		this.products.forgetCategoryOfDeleted(categoryId);
	}

	@Override
	public void releaseSubCategory(UUID subCategoryId) {
		this.products.forgetSubCategoryOfDeleted(subCategoryId);
	}

}
