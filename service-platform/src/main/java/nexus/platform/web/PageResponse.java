package nexus.platform.web;

import java.util.List;
import java.util.function.Function;

import nexus.platform.paging.Listing;

/**
 * One page of a list, in the API's shape (docs/api.md):
 * {@code {"content":[...],"page":{"size":20,"number":0,"totalElements":57,"totalPages":3}}}.
 *
 * @param <T> the element type
 * @param content the elements
 * @param page where this page stands
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

	/**
	 * A listing in the API's page shape.
	 * @param <T> the element type
	 * @param listing the listing
	 * @return the response
	 */
	public static <T> PageResponse<T> of(Listing<T> listing) {
		return new PageResponse<>(listing.content(),
				new PageMetadata(listing.size(), listing.page(), listing.totalElements(), listing.totalPages()));
	}

	/**
	 * A listing in the API's page shape, each element mapped.
	 * @param <S> the listing's element type
	 * @param <T> the response element type
	 * @param listing the listing
	 * @param mapper maps each element
	 * @return the response
	 */
	public static <S, T> PageResponse<T> of(Listing<S> listing, Function<? super S, ? extends T> mapper) {
		return of(listing.map(mapper));
	}

	/**
	 * Where a page stands.
	 *
	 * @param size the page size
	 * @param number the zero-based page number
	 * @param totalElements elements on all pages
	 * @param totalPages number of pages
	 */
	public record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}
