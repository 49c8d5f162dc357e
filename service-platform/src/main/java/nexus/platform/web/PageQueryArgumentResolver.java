package nexus.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nexus.platform.paging.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code page}, {@code size} and {@code sort} into a {@link PageQuery}, refusing
 * what is out of range or not sortable with a 400 that names the field.
 */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageQuery.class.equals(parameter.getParameterType());
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Paging paging = parameter.getParameterAnnotation(Paging.class);
		List<ApiException.FieldError> errors = new ArrayList<>();
		int page = integer(request.getParameter("page"), 0, "page", errors);
		int size = integer(request.getParameter("size"), PageQuery.DEFAULT_SIZE, "size", errors);
		if (page < 0) {
			errors.add(new ApiException.FieldError("page", "must be 0 or more"));
		}
		if (size < 1 || size > PageQuery.MAX_SIZE) {
			errors.add(new ApiException.FieldError("size", "must be between 1 and " + PageQuery.MAX_SIZE));
		}
		else if (page > 0 && (long) page * size > PageQuery.MAX_OFFSET) {
			errors.add(new ApiException.FieldError("page", "must be at most " + (PageQuery.MAX_OFFSET / size)
					+ " with size " + size + " (no more than " + PageQuery.MAX_OFFSET + " rows are skipped)"));
		}
		Map<String, String> sortable = sortable(paging);
		String[] requested = request.getParameterValues("sort");
		Sort sort = sort(requested, sortable, errors);
		if (sort.isUnsorted() && paging != null && StringUtils.hasText(paging.defaultSort())) {
			sort = sort(new String[] { paging.defaultSort() }, sortable, errors);
		}
		if (!errors.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request",
					"The paging or sorting parameters are invalid", errors);
		}
		return new PageQuery(page, size, sort);
	}

	private static Map<String, String> sortable(@Nullable Paging paging) {
		Map<String, String> sortable = new HashMap<>();
		if (paging != null) {
			for (String field : paging.sort()) {
				int equals = field.indexOf('=');
				sortable.put((equals < 0) ? field : field.substring(0, equals),
						(equals < 0) ? field : field.substring(equals + 1));
			}
		}
		return sortable;
	}

	private static Sort sort(String @Nullable [] requested, Map<String, String> sortable,
			List<ApiException.FieldError> errors) {
		if (requested == null) {
			return Sort.unsorted();
		}
		List<Sort.Order> orders = new ArrayList<>();
		for (String value : requested) {
			String[] parts = value.split(",", -1);
			String field = parts[0].trim();
			if (field.isEmpty()) {
				errors.add(new ApiException.FieldError("sort", "must name a field: field or field,asc or field,desc"));
				continue;
			}
			String property = sortable.get(field);
			if (property == null) {
				errors.add(new ApiException.FieldError("sort", "cannot sort by '" + field + "'; sortable: "
						+ String.join(", ", sortable.keySet().stream().sorted().toList())));
				continue;
			}
			if (parts.length > 2) {
				errors.add(new ApiException.FieldError("sort", "must be field or field,asc or field,desc"));
				continue;
			}
			String direction = (parts.length == 2) ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
			switch (direction) {
				case "asc" -> orders.add(Sort.Order.asc(property));
				case "desc" -> orders.add(Sort.Order.desc(property));
				default -> errors.add(new ApiException.FieldError("sort", "direction must be asc or desc"));
			}
		}
		return Sort.by(orders);
	}

	private static int integer(@Nullable String value, int fallback, String name,
			List<ApiException.FieldError> errors) {
		if (!StringUtils.hasText(value)) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(new ApiException.FieldError(name, "must be a whole number"));
			return fallback;
		}
	}

}
