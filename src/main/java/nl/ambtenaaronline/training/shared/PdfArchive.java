package nl.ambtenaaronline.training.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What every archival (PDF/A) document of the application needs besides its content: the
 * sRGB output intent and a document ID that depends only on what the document is, so the
 * same document always gives the same bytes.
 */
public final class PdfArchive {

	private PdfArchive() {
	}

	/**
	 * Adds the sRGB output intent and a document ID derived from {@code identity}.
	 * @param colourProfile the sRGB ICC profile (shipped in {@code color/})
	 */
	public static void archival(PDDocument document, byte[] colourProfile, String identity) throws IOException {
		PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(colourProfile));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		document.getDocumentCatalog().addOutputIntent(intent);
		byte[] id;
		try {
			id = MessageDigest.getInstance("MD5").digest(identity.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().setDocumentID(ids);
	}

	/** A moment as the document information dictionary wants it, to the second, UTC. */
	public static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
		return calendar;
	}

}
