package nexus.gateway.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.springframework.http.server.PathContainer;

/**
 * The path a limit is decided on: decoded (so {@code %6Cogin} is {@code login}), without
 * path parameters ({@code ;x=1}), empty and {@code .} segments dropped, {@code ..}
 * resolved, in lower case. Whatever spelling reaches a service's endpoint reaches the
 * same limit.
 */
final class RequestPaths {

	private RequestPaths() {
	}

	static String normalised(String rawPath) {
		Deque<String> segments = new ArrayDeque<>();
		for (PathContainer.Element element : PathContainer.parsePath(rawPath).elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				String value = segment.valueToMatch().toLowerCase(Locale.ROOT);
				if (value.isEmpty() || value.equals(".")) {
					continue;
				}
				if (value.equals("..")) {
					segments.pollLast();
				}
				else {
					segments.addLast(value);
				}
			}
		}
		return "/" + String.join("/", segments);
	}

}
