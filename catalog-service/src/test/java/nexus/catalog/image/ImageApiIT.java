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

import org.springframework.boot.test.web.server.LocalServerPort;
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
@CatalogIntegrationTest
class ImageApiIT {

	@LocalServerPort
	int port;

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
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(served).isEqualTo(png);
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
				.contentType(MediaType.parseMediaType("image/webp")));
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
		BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		picture.setRGB(1, 1, 0xFF8800);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(picture, format, out);
		return out.toByteArray();
	}

	private static byte[] webp() {
		byte[] webp = new byte[32];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		webp[4] = 24;
		System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
		return webp;
	}

}
