package nl.ambtenaaronline.training.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * The archival-PDF kit every document of the application is made with (certificates,
 * compliance snapshots, the privacy pack): Liberation Sans (SIL Open Font Licence, see
 * {@code fonts/}), the sRGB colour profile (zlib licence, see {@code color/}) and the
 * city mark. {@link #open} gives a tagged PDF/A-2u and PDF/UA-1 document; the renderers
 * only lay out. Immutable, thread-safe: every document is its own.
 */
public final class PdfKit {

	/** The city's red of the house style (rules, bars). */
	public static final Color RED = new Color(0xec, 0x00, 0x00);

	/** The colour of body text. */
	public static final Color TEXT = new Color(0x1f, 0x1f, 0x1f);

	private final byte[] regularFont;

	private final byte[] boldFont;

	private final byte[] colourProfile;

	private final CityMark cityMark;

	private PdfKit(byte[] regularFont, byte[] boldFont, byte[] colourProfile, CityMark cityMark) {
		this.regularFont = regularFont;
		this.boldFont = boldFont;
		this.colourProfile = colourProfile;
		this.cityMark = cityMark;
	}

	/**
	 * The kit with the shipped fonts and profile.
	 * @param cityMark the city mark's path under the static resources
	 * ({@code app.shell.city-mark})
	 */
	public static PdfKit load(String cityMark) {
		return new PdfKit(read("fonts/LiberationSans-Regular.ttf"), read("fonts/LiberationSans-Bold.ttf"),
				read("color/sRGB.icc"), CityMark.parse(read("META-INF/resources/" + cityMark)));
	}

	public CityMark cityMark() {
		return cityMark;
	}

	/** A new, empty document; fill it, then {@link ArchivalDocument#save()}. */
	public ArchivalDocument open(DocumentInfo info) {
		return new ArchivalDocument(info, regularFont, boldFont, colourProfile);
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("missing resource " + resource, ex);
		}
	}

}
