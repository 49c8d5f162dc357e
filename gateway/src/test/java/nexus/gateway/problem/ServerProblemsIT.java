package nexus.gateway.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nexus.gateway.GatewayTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway's web server refuses itself, before any route or filter runs, is a
 * problem document too (docs/api.md): a request line or headers too large, a path the
 * firewall rejects, a method it does not serve.
 */
class ServerProblemsIT extends GatewayTestBase {

	@LocalServerPort
	int port;

	@Test
	void aVeryLongRequestLineIsAUriTooLongProblem() throws IOException {
		assertProblem(raw("GET /api/catalog/products?q=" + "x".repeat(20_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 414);
	}

	@Test
	void veryLargeHeadersAreAHeadersTooLargeProblem() throws IOException {
		assertProblem(raw("GET /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(60_000)
				+ "\r\nConnection: close\r\n\r\n"), 431);
	}

	@Test
	void anEncodedSlashIsABadRequestProblem() throws IOException {
		assertProblem(raw("GET /api/catalog/products/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
				400);
	}

	@Test
	void aSessionIdInThePathIsABadRequestProblem() throws IOException {
		assertProblem(raw("GET /api/catalog/products;jsessionid=ABC HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n"), 400);
	}

	@Test
	void traceIsAMethodNotAllowedProblem() throws IOException {
		assertProblem(raw("TRACE /api/catalog/products HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405);
	}

	/**
	 * Sends a request as raw bytes and reads the answer while still sending: a server
	 * that refuses large headers answers and closes before it has read them all, and the
	 * answer must be read before the reset that follows.
	 */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			Thread writer = Thread.ofVirtual().start(() -> {
				try {
					OutputStream out = socket.getOutputStream();
					out.write(request.getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
				catch (IOException ex) {
					// The server stopped reading: its answer is what matters.
				}
			});
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					response.write(buffer, 0, read);
				}
			}
			catch (SocketException ex) {
				if (response.size() == 0) {
					throw ex;
				}
			}
			writer.interrupt();
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	private static void assertProblem(String response, int status) {
		assertThat(Integer.parseInt(response.substring(9, 12))).as(response).isEqualTo(status);
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		assertThat(head).as(response).contains("content-type: application/problem+json");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertThat(body).as(response)
			.contains("\"status\":" + status)
			.contains("\"type\":\"https://nexus.dev/problems/");
	}

}
