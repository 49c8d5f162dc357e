package nexus.catalog.category;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A top-level category of the catalogue. Its name is unique among top-level categories,
 * ignoring case.
 */
@Entity
@Table(name = "category")
public class Category {

	/** Longest name of a category or sub-category. */
	public static final int NAME_MAX = 100;

	@Id
	private UUID id;

	private String name;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Category() {
	}

	static Category create(String name, Instant now) {
		Category category = new Category();
		category.id = UUID.randomUUID();
		category.createdAt = now;
		category.rename(name, now);
		return category;
	}

	void rename(String name, Instant now) {
		this.name = checkedName(name);
		this.updatedAt = now;
	}

	static String checkedName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
			throw new IllegalArgumentException("name must have 1 to " + NAME_MAX + " characters");
		}
		return name.strip();
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	long version() {
		return this.version;
	}

}
