package nexus.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, in the shape of API.md:
 * {@code {"content":[...],"page":{"size":20,"number":0,"totalElements":57,"totalPages":3}}}.
 *
 * @param <T> the element type
 * @param content the elements
 * @param page where this page stands
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

	/**
	 * A page of elements mapped from a Spring Data page.
	 * @param <S> the source type (such as an entity)
	 * @param <T> the response element type
	 * @param source the page
	 * @param mapper maps each element
	 * @return the response
	 */
	public static <S, T> PageResponse<T> of(Page<S> source, Function<? super S, ? extends T> mapper) {
		return new PageResponse<>(source.getContent().stream().<T>map(mapper).toList(), new PageMetadata(
				source.getSize(), source.getNumber(), source.getTotalElements(), source.getTotalPages()));
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
