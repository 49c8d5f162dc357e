package nexus.launcher;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Product pictures for the demo catalogue, drawn rather than downloaded: a coloured
 * square with the product's initials, as a PNG.
 */
final class DemoImages {

	private DemoImages() {
	}

	static byte[] png(String title, int seed) {
		BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setColor(Color.getHSBColor((seed * 0.137f) % 1f, 0.45f, 0.85f));
			graphics.fillRect(0, 0, 240, 240);
			graphics.setColor(Color.WHITE);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
			String initials = initials(title);
			int width = graphics.getFontMetrics().stringWidth(initials);
			graphics.drawString(initials, (240 - width) / 2, 146);
		}
		finally {
			graphics.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String initials(String title) {
		StringBuilder initials = new StringBuilder();
		for (String word : title.split("\\s+")) {
			if (!word.isEmpty() && initials.length() < 2) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}

}
