package nexus.catalog.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import nexus.catalog.CatalogClient;
import nexus.catalog.CatalogIntegrationTest;
import nexus.catalog.product.ProductView;
import nexus.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product images: recognised by content, size-limited, served with caching headers.
 */
class ImageApiIT extends CatalogIntegrationTest {

	CatalogClient catalog;

	ProductView product;

	@BeforeEach
	void product() {
		this.catalog = new CatalogClient(this.port);
		this.product = this.catalog.createProduct("Framed print", "49.00",
				this.catalog.createCategory("Art " + UUID.randomUUID()), 3);
	}

	@Test
	void anAdministratorAddsAnImageThatAnyoneCanFetchAndCache() throws IOException {
		byte[] png = image("png");

		ProductView.ImageRef image = upload(png, "photo.png", MediaType.IMAGE_PNG).expectStatus()
			.isCreated()
			.expectBody(ProductView.ImageRef.class)
			.returnResult()
			.getResponseBody();

		byte[] served = this.catalog.http()
			.get()
			.uri(image.url())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_PNG)
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=86400.*")
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(pixels(served)).isEqualTo(pixels(png));
		String etag = this.catalog.http()
			.get()
			.uri(image.url())
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		this.catalog.http()
			.get()
			.uri(image.url())
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		ProductView withImage = this.catalog.product(this.product.id());
		assertThat(withImage.images()).containsExactly(image);
		assertThat(withImage.version()).isGreaterThan(this.product.version());
	}

	@Test
	void recognisesJpegAndWebpByContentWhateverTheFileIsCalled() throws IOException {
		upload(image("jpg"), "notes.txt", MediaType.TEXT_PLAIN).expectStatus()
			.isCreated()
			.expectBody(ProductView.ImageRef.class)
			.value((image) -> this.catalog.http()
				.get()
				.uri(image.url())
				.exchange()
				.expectHeader()
				.contentType(MediaType.IMAGE_JPEG));
		upload(webp(), "image.png", MediaType.IMAGE_PNG).expectStatus()
			.isCreated()
			.expectBody(ProductView.ImageRef.class)
			.value((image) -> this.catalog.http()
				.get()
				.uri(image.url())
				.exchange()
				.expectHeader()
				.contentType(MediaType.IMAGE_PNG));
	}

	@Test
	void refusesWhatOnlyStartsLikeAnImage() throws IOException {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] pngSignatureThenHtml = new byte[8 + html.length];
		System.arraycopy(image("png"), 0, pngSignatureThenHtml, 0, 8);
		System.arraycopy(html, 0, pngSignatureThenHtml, 8, html.length);
		byte[] jpegStub = new byte[72];
		System.arraycopy(image("jpg"), 0, jpegStub, 0, 72);
		byte[] riffStub = webpStub();

		for (byte[] fake : new byte[][] { pngSignatureThenHtml, jpegStub, riffStub }) {
			upload(fake, "fake.png", MediaType.IMAGE_PNG).expectStatus()
				.isEqualTo(415)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://nexus.dev/problems/unsupported-image-type");
		}
		assertThat(this.catalog.product(this.product.id()).images()).isEmpty();
	}

	@Test
	void refusesAnImageWiderOrTallerThanTheLimit() throws IOException {
		upload(image("png", 4097, 1), "wide.png", MediaType.IMAGE_PNG).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/image-dimensions")
			.jsonPath("$.errors[0].field")
			.isEqualTo("file");
		upload(image("png", 1, 4097), "tall.png", MediaType.IMAGE_PNG).expectStatus().isEqualTo(422);
		upload(image("png", 4096, 1), "widest.png", MediaType.IMAGE_PNG).expectStatus().isCreated();
	}

	@Test
	void storesTheImageEncodedAgainWithoutItsMetadata() throws IOException {
		byte[] png = withPngComment(image("png"), "GPS 48.8584 2.2945");
		byte[] jpeg = withJpegComment(image("jpg"), "GPS 48.8584 2.2945");
		for (byte[] upload : new byte[][] { png, jpeg }) {
			assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS 48.8584");
			ProductView.ImageRef image = upload(upload, "holiday", MediaType.APPLICATION_OCTET_STREAM).expectStatus()
				.isCreated()
				.expectBody(ProductView.ImageRef.class)
				.returnResult()
				.getResponseBody();
			byte[] served = this.catalog.http()
				.get()
				.uri(image.url())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 48.8584");
			assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served))).isNotNull();
		}
	}

	@Test
	void refusesWhatIsNotAnImageAndWhatIsTooLarge() throws IOException {
		upload("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), "logo.png",
				MediaType.IMAGE_PNG)
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://nexus.dev/problems/unsupported-image-type");
		byte[] oversized = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(image("png"), 0, oversized, 0, 8);
		upload(oversized, "huge.png", MediaType.IMAGE_PNG).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		upload(new byte[0], "empty.png", MediaType.IMAGE_PNG).expectStatus().isBadRequest();

		assertThat(this.catalog.product(this.product.id()).images()).isEmpty();
	}

	@Test
	void anAdministratorRemovesAnImageAndOnlyAnAdministratorChangesImages() throws IOException {
		ProductView.ImageRef image = upload(image("png"), "a.png", MediaType.IMAGE_PNG).expectStatus()
			.isCreated()
			.expectBody(ProductView.ImageRef.class)
			.returnResult()
			.getResponseBody();

		this.catalog.as(TestTokens.customer(UUID.randomUUID()), "DELETE", image.url(), null)
			.expectStatus()
			.isForbidden();
		multipart(TestTokens.customer(UUID.randomUUID()), image("png"), "b.png", MediaType.IMAGE_PNG).expectStatus()
			.isForbidden();
		this.catalog.asAdmin("DELETE", image.url(), null).expectStatus().isNoContent();

		this.catalog.http().get().uri(image.url()).exchange().expectStatus().isNotFound();
		assertThat(this.catalog.product(this.product.id()).images()).isEmpty();
	}

	private RestTestClient.ResponseSpec upload(byte[] content, String filename, MediaType type) {
		return multipart(this.catalog.adminToken(), content, filename, type);
	}

	private RestTestClient.ResponseSpec multipart(String token, byte[] content, String filename, MediaType type) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(type);
		MultiValueMap<String, ?> parts = body.build();
		return this.catalog.http()
			.post()
			.uri("/api/catalog/products/" + this.product.id() + "/images")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange();
	}

	private static byte[] image(String format) throws IOException {
		return image(format, 4, 4);
	}

	private static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		picture.setRGB(width - 1, height - 1, 0xFF8800);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(picture, format, out);
		return out.toByteArray();
	}

	/** A real 1 x 1 lossless WebP. */
	private static byte[] webp() {
		return java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
	}

	private static int[] pixels(byte[] image) throws IOException {
		BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(image));
		return decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
	}

	/** A PNG with a tEXt chunk after its header chunk. */
	private static byte[] withPngComment(byte[] png, String text) {
		byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		int afterHeader = 8 + 25;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterHeader);
		out.writeBytes(chunk.array());
		out.write(png, afterHeader, png.length - afterHeader);
		return out.toByteArray();
	}

	/** A JPEG with a comment segment right after its start marker. */
	private static byte[] withJpegComment(byte[] jpeg, String text) {
		byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		out.write((data.length + 2) >> 8);
		out.write((data.length + 2) & 0xFF);
		out.writeBytes(data);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The first bytes of a WebP file and nothing that decodes. */
	private static byte[] webpStub() {
		byte[] webp = new byte[32];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		webp[4] = 24;
		System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
		return webp;
	}

}
