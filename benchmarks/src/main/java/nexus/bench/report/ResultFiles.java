package nexus.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nexus.bench.Results;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's results into its directory: {@code results.json} (every figure, every
 * violation with all its ids), {@code results.md} (the tables) and {@code latency.html}
 * (the charts).
 */
public final class ResultFiles {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ResultFiles() {
	}

	/**
	 * Writes the files.
	 * @param results the results
	 * @param directory where (created if missing)
	 * @return the Markdown that was written
	 */
	public static String write(Results results, Path directory) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve("results.json"), JSON.writeValueAsString(results));
			String markdown = MarkdownReport.of(results);
			Files.writeString(directory.resolve("results.md"), markdown);
			Files.writeString(directory.resolve("latency.html"), HtmlChart.of(results));
			return markdown;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the results to " + directory, ex);
		}
	}

	/**
	 * Reads results written by {@link #write}.
	 * @param file a {@code results.json}
	 * @return the results
	 */
	public static Results read(Path file) {
		return JSON.readValue(file.toFile(), Results.class);
	}

}
