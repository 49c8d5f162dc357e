package nexus.platform.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A validated page request: {@code ?page=0&size=20&sort=price,desc} (docs/api.md). Page
 * size is 1 to {@value #MAX_SIZE}; an unknown sort field or direction is refused, never
 * silently ignored. The web layer resolves it from the query string
 * ({@code nexus.platform.paging.PageQueryArgumentResolver}).
 *
 * @param page zero-based page number
 * @param size page size
 * @param sort the order, by entity property
 */
public record PageQuery(int page, int size, Sort sort) {

	/** Page size when the client gives none. */
	public static final int DEFAULT_SIZE = 20;

	/** Largest page size a client may ask for. */
	public static final int MAX_SIZE = 100;

	/**
	 * Largest offset ({@code page × size}) a client may ask for: ten million rows. Deeper
	 * pages are refused with a 400 rather than overflowing the database's offset.
	 */
	public static final int MAX_OFFSET = 10_000_000;

	/**
	 * A query for the first page, for callers that do not come from HTTP.
	 * @param size the page size
	 * @return the query, unsorted
	 */
	public static PageQuery first(int size) {
		return new PageQuery(0, size, Sort.unsorted());
	}

	/**
	 * The Spring Data page request.
	 * @return the pageable
	 */
	public Pageable pageable() {
		return PageRequest.of(this.page, this.size, this.sort);
	}

	/**
	 * The same page with another order, such as a tie-breaker.
	 * @param additional order applied after the client's
	 * @return the query
	 */
	public PageQuery thenSortBy(Sort additional) {
		return new PageQuery(this.page, this.size, this.sort.and(additional));
	}

}
