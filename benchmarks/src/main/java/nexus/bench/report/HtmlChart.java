package nexus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nexus.bench.Results;

/**
 * {@code latency.html}: one page, no scripts and nothing fetched, with an inline SVG
 * chart per scenario: latency second by second (logarithmic scale) and the rates of
 * sending, accepting and confirming.
 */
public final class HtmlChart {

	private static final int WIDTH = 900;

	private static final int HEIGHT = 260;

	private static final int LEFT = 70;

	private static final int RIGHT = 20;

	private static final int TOP = 30;

	private static final int BOTTOM = 40;

	private HtmlChart() {
	}

	/**
	 * The page.
	 * @param results the results
	 * @return HTML
	 */
	public static String of(Results results) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Nexus benchmark ")
			.append(escape(results.meta().startedAt()))
			.append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
					+ "h2{margin-top:2em;font-size:1.1em}svg{background:#fafafa;border:1px solid #ddd}"
					+ "text{font-size:12px}</style></head><body>\n");
		html.append("<h1>Nexus benchmark</h1>\n<p>")
			.append(escape(results.meta().startedAt()))
			.append(" &middot; ")
			.append(escape(results.meta().machine()))
			.append("</p>\n<p>Latency per second of sending (placed &rarr; CONFIRMED by the second the order was "
					+ "placed; POST by the second it was due). Rates per second; confirmations by the second "
					+ "order-service confirmed them, so a backlog shows as confirmations after sending stopped.</p>\n");
		List<Results.OrderScenario> scenarios = new ArrayList<>(results.closed());
		scenarios.addAll(results.paced());
		for (Results.OrderScenario scenario : scenarios) {
			html.append("<h2>").append(escape(scenario.name())).append("</h2>\n");
			List<Results.Second> series = scenario.series();
			html.append(chart("latency (ms, log scale)", true,
					List.of(new Line("POST p99", "#d62728", false, values(series, Results.Second::postP99)),
							new Line("POST p50", "#d62728", true, values(series, Results.Second::postP50)),
							new Line("placed \u2192 CONFIRMED p99", "#1f77b4", false,
									values(series, Results.Second::placedToConfirmedP99)),
							new Line("placed \u2192 CONFIRMED p50", "#1f77b4", true,
									values(series, Results.Second::placedToConfirmedP50))),
					scenario.seconds()));
			html.append(chart("per second", false,
					List.of(new Line("sent", "#7f7f7f", true, values(series, (s) -> (double) s.sent())),
							new Line("accepted", "#ff7f0e", false, values(series, (s) -> (double) s.accepted())),
							new Line("confirmed", "#2ca02c", false, values(series, (s) -> (double) s.confirmed()))),
					scenario.seconds()));
		}
		for (Results.ReadScenario read : results.reads()) {
			html.append("<h2>").append(escape(read.name())).append(", requests per second</h2>\n");
			List<Line> lines = new ArrayList<>();
			lines.add(new Line("through the gateway", "#d62728", false, toDoubles(read.gateway().perSecond())));
			if (read.direct() != null) {
				lines.add(new Line("direct", "#1f77b4", false, toDoubles(read.direct().perSecond())));
			}
			html.append(chart("requests per second", false, lines, read.gateway().seconds()));
		}
		html.append("</body></html>\n");
		return html.toString();
	}

	private static String chart(String title, boolean log, List<Line> lines, double sendingSeconds) {
		int points = lines.stream().mapToInt((line) -> line.values().length).max().orElse(0);
		double max = lines.stream().flatMapToDouble((line) -> java.util.Arrays.stream(line.values())).max().orElse(1);
		double top = log ? Math.pow(10, Math.ceil(Math.log10(Math.max(max, 1)))) : niceCeiling(max);
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = plotWidth / Math.max(1, points - 1);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" role=\"img\">\n");
		svg.append(text(LEFT, 18, escape(title), "start"));
		// Horizontal grid lines and their labels.
		List<Double> ticks = new ArrayList<>();
		if (log) {
			for (double tick = 1; tick <= top; tick *= 10) {
				ticks.add(tick);
			}
		}
		else {
			for (int i = 0; i <= 4; i++) {
				ticks.add(top * i / 4);
			}
		}
		for (double tick : ticks) {
			double y = y(tick, top, log, plotHeight);
			svg.append(
					String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
							LEFT, y, WIDTH - RIGHT, y));
			svg.append(text(LEFT - 6, y + 4, label(tick), "end"));
		}
		// Seconds along the bottom, and where sending stopped.
		int every = Math.max(1, (int) Math.ceil(points / 15.0));
		for (int i = 0; i < points; i += every) {
			svg.append(text(LEFT + i * step, HEIGHT - BOTTOM + 16, i + " s", "middle"));
		}
		if (sendingSeconds < points - 1) {
			double x = LEFT + sendingSeconds * step;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"2,3\"/>%n", x,
					TOP, x, HEIGHT - BOTTOM));
			boolean roomOnTheRight = x + 110 < WIDTH - RIGHT;
			svg.append(text(roomOnTheRight ? x + 4 : x - 4, TOP + 10, "sending stopped",
					roomOnTheRight ? "start" : "end"));
		}
		int legend = LEFT + 200;
		for (Line line : lines) {
			StringBuilder path = new StringBuilder();
			double[] values = line.values();
			for (int i = 0; i < values.length; i++) {
				if (log && values[i] <= 0) {
					continue;
				}
				path.append(path.isEmpty() ? "M" : " L")
					.append(String.format(Locale.ROOT, "%.1f,%.1f", LEFT + i * step,
							y(values[i], top, log, plotHeight)));
			}
			if (!path.isEmpty()) {
				svg.append("<path fill=\"none\" stroke=\"")
					.append(line.color())
					.append("\" stroke-width=\"1.6\"")
					.append(line.dashed() ? " stroke-dasharray=\"5,3\"" : "")
					.append(" d=\"")
					.append(path)
					.append("\"/>\n");
			}
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" " + "stroke-width=\"2\"%s/>%n", legend,
					legend + 18, line.color(), line.dashed() ? " stroke-dasharray=\"5,3\"" : ""));
			svg.append(text(legend + 22, 18, escape(line.name()), "start"));
			legend += 30 + line.name().length() * 7;
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static double y(double value, double top, boolean log, double plotHeight) {
		double share = log ? Math.log10(Math.max(1, value)) / Math.max(1e-9, Math.log10(top)) : value / top;
		return TOP + plotHeight * (1 - Math.min(1, Math.max(0, share)));
	}

	private static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String label(double value) {
		if (value >= 1000 && value % 1000 == 0) {
			return String.format(Locale.ROOT, "%.0fk", value / 1000);
		}
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

	private static String text(double x, double y, String content, String anchor) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
				content);
	}

	private static double[] values(List<Results.Second> series,
			java.util.function.ToDoubleFunction<Results.Second> value) {
		return series.stream().mapToDouble(value).toArray();
	}

	private static double[] toDoubles(long[] values) {
		return java.util.Arrays.stream(values).asDoubleStream().toArray();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private record Line(String name, String color, boolean dashed, double[] values) {
	}

}
