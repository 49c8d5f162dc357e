package nexus.order.ordering;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

	private final UUID cup = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	private final UUID saucer = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	@Test
	void theSameLinesInAnotherOrderAreTheSameRequest() {
		assertThat(OrderPlacement.fingerprint(request(line(this.cup, 2), line(this.saucer, 1))))
			.isEqualTo(OrderPlacement.fingerprint(request(line(this.saucer, 1), line(this.cup, 2))));
	}

	@Test
	void anotherQuantityProductOrSourceIsAnotherRequest() {
		String fingerprint = OrderPlacement.fingerprint(request(line(this.cup, 2)));

		assertThat(OrderPlacement.fingerprint(request(line(this.cup, 3)))).isNotEqualTo(fingerprint);
		assertThat(OrderPlacement.fingerprint(request(line(this.saucer, 2)))).isNotEqualTo(fingerprint);
		assertThat(OrderPlacement.fingerprint(request(line(this.cup, 2), line(this.saucer, 2))))
			.isNotEqualTo(fingerprint);
		assertThat(OrderPlacement.fingerprint(new PlaceOrder(List.of(), true)))
			.isNotEqualTo(OrderPlacement.fingerprint(new PlaceOrder(List.of(), false)));
	}

	@Test
	void isBuiltFromExplicitFieldsNotFromToString() {
		assertThat(OrderPlacement.fingerprint(request(line(this.saucer, 1), line(this.cup, 2))))
			.isEqualTo(sha256("nexus.order.place/2\nfromCart=false\n" + this.cup + " 2\n" + this.saucer + " 1\n"));
	}

	@Test
	void anOrderPlacedBeforeTheCanonicalFingerprintIsStillRecognisedByItsOldOne() {
		PlaceOrder request = request(line(this.cup, 2), line(this.saucer, 1));
		// What the first release stored: SHA-256 of the request record's toString.
		String stored = sha256("PlaceOrder[lines=[Line[productId=" + this.cup + ", quantity=2], Line[productId="
				+ this.saucer + ", quantity=1]], fromCart=false]");

		assertThat(stored).isEqualTo(sha256(request.toString()));
		assertThat(OrderPlacement.sameRequest(stored, request)).isTrue();
		assertThat(OrderPlacement.sameRequest(stored, request(line(this.cup, 2), line(this.saucer, 2)))).isFalse();
		assertThat(OrderPlacement.sameRequest(OrderPlacement.fingerprint(request),
				request(line(this.saucer, 1), line(this.cup, 2))))
			.isTrue();
	}

	private static PlaceOrder request(PlaceOrder.Line... lines) {
		return new PlaceOrder(List.of(lines), false);
	}

	private static PlaceOrder.Line line(UUID product, int quantity) {
		return new PlaceOrder.Line(product, quantity);
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
