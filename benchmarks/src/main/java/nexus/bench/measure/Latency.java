package nexus.bench.measure;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in milliseconds, summarised from an HdrHistogram (microsecond
 * resolution, three significant digits, up to an hour).
 *
 * @param count how many values
 * @param p50 median, ms
 * @param p90 90th percentile, ms
 * @param p99 99th percentile, ms
 * @param max largest, ms
 * @param mean mean, ms
 */
public record Latency(long count, double p50, double p90, double p99, double max, double mean) {

	/** No values. */
	public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

	private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

	/**
	 * A histogram fit for latencies in microseconds.
	 * @return a new, empty histogram
	 */
	public static Histogram histogram() {
		return new Histogram(1, HIGHEST_MICROS, 3);
	}

	/**
	 * Records a duration, clamped to the histogram's range.
	 * @param histogram the histogram
	 * @param nanos the duration
	 */
	public static void record(Histogram histogram, long nanos) {
		histogram.recordValue(Math.clamp(TimeUnit.NANOSECONDS.toMicros(nanos), 1, HIGHEST_MICROS));
	}

	/**
	 * The summary of a histogram in microseconds.
	 * @param histogram the histogram
	 * @return the summary in milliseconds
	 */
	public static Latency of(Histogram histogram) {
		if (histogram.getTotalCount() == 0) {
			return NONE;
		}
		return new Latency(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
				ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
				ms(histogram.getMaxValue()), Math.round(histogram.getMean()) / 1000.0);
	}

	private static double ms(long micros) {
		return micros / 1000.0;
	}

}
