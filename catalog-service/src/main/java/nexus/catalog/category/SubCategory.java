package nexus.catalog.category;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sub-category, inside one category. Its name is unique within that category, ignoring
 * case.
 */
@Entity
@Table(name = "sub_category")
public class SubCategory {

	@Id
	private UUID id;

	private UUID categoryId;

	private String name;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected SubCategory() {
	}

	static SubCategory create(UUID categoryId, String name, Instant now) {
		SubCategory subCategory = new SubCategory();
		subCategory.id = UUID.randomUUID();
		subCategory.categoryId = categoryId;
		subCategory.createdAt = now;
		subCategory.rename(name, now);
		return subCategory;
	}

	void rename(String name, Instant now) {
		this.name = Category.checkedName(name);
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID categoryId() {
		return this.categoryId;
	}

	String name() {
		return this.name;
	}

	long version() {
		return this.version;
	}

}
