package nexus.catalog;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the application layer returns (and caches) it; the web layer
 * turns it into the API's page shape.
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
	 * Total elements, counted only when the page does not tell: a first page that is not
	 * full holds them all.
	 * @param page zero-based page number
	 * @param size page size
	 * @param found elements on this page
	 * @param count counts all elements
	 * @return the total
	 */
	public static long total(int page, int size, int found, java.util.function.LongSupplier count) {
		if (page == 0 && found < size) {
			return found;
		}
		if (found > 0 && found < size) {
			return (long) page * size + found;
		}
		return count.getAsLong();
	}

}
