package nexus.catalog.image;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTest {

	@Test
	void recognisesPngJpegAndWebpByTheirFirstBytes() {
		assertThat(ImageType.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(ImageType.PNG);
		assertThat(ImageType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0))).contains(ImageType.JPEG);
		byte[] webp = new byte[16];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
		assertThat(ImageType.of(webp)).contains(ImageType.WEBP);
	}

	@Test
	void refusesAnythingElseHoweverItIsNamed() {
		assertThat(ImageType.of("GIF89a.....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.of("<svg></svg>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.of("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.of(bytes(0x89, 'P', 'N'))).isEmpty();
		assertThat(ImageType.of(new byte[0])).isEmpty();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
