package nexus.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as application services return (and may cache) it, whatever read
 * it: JPA, a Spring Data {@link Page} or plain SQL. The web layer turns it into the API's
 * page shape ({@code nexus.platform.web.PageResponse}).
 *
 * @param <T> the element type
 * @param content the elements
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements elements on all pages
 */
public record Listing<T>(List<T> content, int page, int size, long totalElements) {

	public Listing {
		content = List.copyOf(content);
		if (page < 0 || size < 1 || totalElements < 0) {
			throw new IllegalArgumentException("A listing needs page >= 0, size >= 1 and totalElements >= 0, not "
					+ page + ", " + size + ", " + totalElements);
		}
	}

	/**
	 * A Spring Data page as a listing.
	 * @param <T> the element type
	 * @param page the page
	 * @return the listing
	 */
	public static <T> Listing<T> of(Page<T> page) {
		return new Listing<>(page.getContent(), page.getNumber(), Math.max(1, page.getSize()), page.getTotalElements());
	}

	/**
	 * The same page with each element mapped.
	 * @param <R> the new element type
	 * @param mapper maps each element
	 * @return the mapped page
	 */
	public <R> Listing<R> map(Function<? super T, ? extends R> mapper) {
		return new Listing<>(this.content.stream().<R>map(mapper).toList(), this.page, this.size, this.totalElements);
	}

	/**
	 * How many pages of this size hold all elements.
	 * @return the page count, 0 for an empty list
	 */
	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (this.totalElements + this.size - 1) / this.size);
	}

	/**
	 * Total elements, counted only when the page does not tell: a first page that is not
	 * full holds them all, and a later page that is not full ends the list.
	 * @param page zero-based page number
	 * @param size page size
	 * @param found elements on this page
	 * @param count counts all elements
	 * @return the total
	 */
	public static long total(int page, int size, int found, LongSupplier count) {
		if (page == 0 && found < size) {
			return found;
		}
		if (found > 0 && found < size) {
			return (long) page * size + found;
		}
		return count.getAsLong();
	}

}
