package nexus.bench.load;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import nexus.bench.measure.Latency;
import nexus.bench.shop.Http;
import org.HdrHistogram.Histogram;

/**
 * Reads in a closed loop: each client sends its next request as soon as the last one was
 * answered (the whole body read), for a fixed time.
 */
public final class ReadLoad {

	private ReadLoad() {
	}

	/**
	 * Runs the loop.
	 * @param http the client
	 * @param requests makes the next request (called by each client for each request)
	 * @param clients how many clients, each on a virtual thread
	 * @param duration how long
	 * @return what it measured
	 */
	public static ReadWindow run(Http http, Supplier<HttpRequest> requests, int clients, Duration duration) {
		Map<String, LongAdder> codes = new ConcurrentHashMap<>();
		Histogram total = Latency.histogram();
		int seconds = (int) Math.max(1, (duration.toMillis() + 999) / 1000);
		AtomicLongArray perSecond = new AtomicLongArray(seconds);
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < clients; i++) {
				executor.execute(() -> {
					Histogram mine = Latency.histogram();
					for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
						String code;
						try {
							HttpResponse<String> response = http.client()
								.send(requests.get(), HttpResponse.BodyHandlers.ofString());
							code = code(response);
						}
						catch (IOException ex) {
							code = Http.describe(ex);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						long done = System.nanoTime();
						Latency.record(mine, done - now);
						codes.computeIfAbsent(code, (c) -> new LongAdder()).increment();
						int second = (int) ((now - start) / 1_000_000_000L);
						if (second < seconds) {
							perSecond.incrementAndGet(second);
						}
					}
					synchronized (total) {
						total.add(mine);
					}
				});
			}
		}
		double elapsed = (end - start) / 1e9;
		Map<String, Long> counted = new TreeMap<>();
		codes.forEach((code, count) -> counted.put(code, count.sum()));
		long[] series = new long[seconds];
		for (int i = 0; i < seconds; i++) {
			series[i] = perSecond.get(i);
		}
		return new ReadWindow(elapsed, total.getTotalCount(), Latency.of(total), counted, series);
	}

	/**
	 * How an answer is counted: its status, and for GraphQL (which answers 200 with an
	 * {@code errors} list when a field failed) whether it carried errors.
	 * @param response the answer
	 * @return such as {@code 200}, {@code 503} or {@code 200 with errors}
	 */
	static String code(HttpResponse<String> response) {
		String code = Integer.toString(response.statusCode());
		if (response.statusCode() == 200 && response.request().uri().getPath().equals("/graphql")
				&& response.body().contains("\"errors\"")) {
			return code + " with errors";
		}
		return code;
	}

	/**
	 * What a read loop measured.
	 *
	 * @param seconds how long it ran
	 * @param requests requests answered (or failed) that started in it
	 * @param latency their latency
	 * @param codes HTTP status (or why no answer came) to count
	 * @param perSecond requests started in each second
	 */
	public record ReadWindow(double seconds, long requests, Latency latency, Map<String, Long> codes,
			long[] perSecond) {

		/**
		 * Successful requests per second.
		 * @return the rate
		 */
		public double okRate() {
			return (this.seconds > 0) ? successful() / this.seconds : 0;
		}

		/**
		 * Requests answered with a 2xx or 304 (and no GraphQL errors).
		 * @return how many
		 */
		public long successful() {
			return this.codes.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().matches("2\\d\\d|304"))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

	}

}
