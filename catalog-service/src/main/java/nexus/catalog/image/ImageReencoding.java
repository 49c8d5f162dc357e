package nexus.catalog.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import nexus.platform.domain.RuleViolation;

/**
 * What an upload must be to become a product image: it decodes as the format its first
 * bytes claim (a PNG signature in front of HTML does not), its width and height are
 * within the limits (read from the header, before the pixels are decoded), and it is
 * stored encoded again from its pixels, so that no metadata (EXIF with a location,
 * comments, trailing bytes) survives. PNG and JPEG stay what they were; WebP, which the
 * JDK cannot write, is stored as PNG.
 */
final class ImageReencoding {

	/** JPEG quality of the re-encoded image. */
	private static final float JPEG_QUALITY = 0.9f;

	static {
		// The WebP reader is a plug-in: make sure ImageIO has found it, whichever class
		// loader first touched ImageIO.
		ImageIO.scanForPlugins();
	}

	private ImageReencoding() {
	}

	/**
	 * Decodes, checks and re-encodes an upload.
	 * @param content the uploaded bytes
	 * @param claimed the format its first bytes claim
	 * @param maxWidth widest accepted image, in pixels
	 * @param maxHeight tallest accepted image, in pixels
	 * @return the image to store
	 */
	static Reencoded reencode(byte[] content, ImageType claimed, int maxWidth, int maxHeight) {
		BufferedImage pixels = decode(content, claimed, maxWidth, maxHeight);
		ImageType stored = (claimed == ImageType.WEBP) ? ImageType.PNG : claimed;
		try {
			return new Reencoded(stored, encode(pixels, stored));
		}
		catch (IOException | RuntimeException ex) {
			throw undecodable();
		}
	}

	private static BufferedImage decode(byte[] content, ImageType claimed, int maxWidth, int maxHeight) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(claimed.mediaType());
		if (!readers.hasNext()) {
			throw undecodable();
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width > maxWidth || height > maxHeight) {
				throw new RuleViolation("image-dimensions", "Image too large", "file", "An image may be at most "
						+ maxWidth + " x " + maxHeight + " pixels; this one is " + width + " x " + height);
			}
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
				throw undecodable();
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolation refusal) {
				throw refusal;
			}
			throw undecodable();
		}
		finally {
			reader.dispose();
		}
	}

	private static byte[] encode(BufferedImage pixels, ImageType type) throws IOException {
		String format = (type == ImageType.JPEG) ? "jpeg" : "png";
		BufferedImage image = pixels;
		if (type == ImageType.JPEG && pixels.getColorModel().hasAlpha()) {
			image = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
			image.createGraphics().drawImage(pixels, 0, 0, null);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (type == ImageType.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// No metadata: only the pixels are written.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static UnacceptableImage undecodable() {
		return new UnacceptableImage(UnacceptableImage.Reason.UNSUPPORTED_TYPE,
				"The file is not a PNG, JPEG or WebP image that can be decoded");
	}

	/**
	 * An image ready to store.
	 *
	 * @param type its format
	 * @param bytes its encoded bytes
	 */
	record Reencoded(ImageType type, byte[] bytes) {
	}

}
