package nexus.catalog.image.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import nexus.catalog.image.ImageContent;
import nexus.catalog.image.ImageService;
import nexus.catalog.image.UnacceptableImage;
import nexus.catalog.product.ProductView;
import nexus.platform.web.ApiException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/catalog/products/{productId}/images")
@Tag(name = "Product images", description = "PNG, JPEG or WebP pictures of products")
class ImageController {

	// An image never changes (a new picture is a new image), so clients may keep it.
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final ImageService images;

	ImageController(ImageService images) {
		this.images = images;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add an image to a product (administrators)",
			description = "Multipart field `file`: a PNG, JPEG or WebP image that decodes as what its first "
					+ "bytes claim. Limits (defaults): 2 MiB, 4096 x 4096 pixels, 10 images per product. "
					+ "Stored encoded again from its pixels, without metadata; WebP is stored as PNG.")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "413", description = "The image is larger than 2 MiB (by default)")
	@ApiResponse(responseCode = "422",
			description = "Over 4096 x 4096 pixels, or the product has 10 images already (by default)")
	@ApiResponse(responseCode = "415", description = "The file is not a PNG, JPEG or WebP image that decodes")
	ResponseEntity<ProductView.ImageRef> add(@PathVariable UUID productId, @RequestPart("file") MultipartFile file) {
		ProductView.ImageRef image;
		try {
			image = this.images.add(productId, bytes(file));
		}
		catch (UnacceptableImage ex) {
			throw refusal(ex);
		}
		return ResponseEntity.created(URI.create(image.url())).body(image);
	}

	private static ApiException refusal(UnacceptableImage ex) {
		return switch (ex.reason()) {
			case TOO_LARGE ->
				new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Image too large", ex.getMessage());
			case UNSUPPORTED_TYPE -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image-type",
					"Unsupported image type", ex.getMessage());
		};
	}

	@GetMapping("/{imageId}")
	@SecurityRequirements
	@Operation(summary = "An image's bytes",
			description = "With its Content-Type, an ETag (its SHA-256) and Cache-Control; If-None-Match answers 304.")
	@ApiResponse(responseCode = "200", description = "The image, as it was stored (PNG or JPEG)")
	@ApiResponse(responseCode = "404", description = "No such image")
	ResponseEntity<byte[]> get(@PathVariable UUID productId, @PathVariable UUID imageId) {
		ImageContent image = this.images.content(productId, imageId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.eTag(image.sha256())
			.cacheControl(IMMUTABLE)
			.body(image.bytes());
	}

	@DeleteMapping("/{imageId}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an image (administrators)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such image")
	void remove(@PathVariable UUID productId, @PathVariable UUID imageId) {
		this.images.remove(productId, imageId);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
