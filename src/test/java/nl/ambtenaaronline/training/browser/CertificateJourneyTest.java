package nl.ambtenaaronline.training.browser;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import nl.ambtenaaronline.training.certificate.CertificateService;
import nl.ambtenaaronline.training.certificate.CertificateSummary;
import nl.ambtenaaronline.training.certificate.Passers;
import nl.ambtenaaronline.training.learning.LearningService;
import nl.ambtenaaronline.training.shared.AppProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The certificate in a real browser: a fresh learner passes the course, downloads the
 * certificate, a stranger opens the address in its QR code without logging in and reads
 * "Geldig tot"; HR revokes it and the stranger reads "Niet geldig". axe-core on each
 * certificate screen and the verify page.
 */
class CertificateJourneyTest extends BrowserTest {

	@Autowired
	Passers passers;

	@Autowired
	CertificateService certificates;

	@Autowired
	LearningService learning;

	@Autowired
	AppProperties app;

	@Test
	void passDownloadVerifyByQrThenHrRevokesAndTheVerifyPageSaysNotValid() throws Exception {
		String me = passers.create("browser-cert", "Browser");
		passers.pass(me);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !passers.as(me, () -> certificates.myCertificates()).isEmpty());
		CertificateSummary certificate = passers.as(me, () -> certificates.myCertificates()).getFirst();

		// the learner downloads the certificate
		logInAs(me, Passers.PASSWORD);
		page.navigate(url("certificates"));
		assertThat(page.locator("h1")).hasText("Mijn certificaten");
		assertThat(page.locator("#certificate-" + certificate.number())).containsText("Geldig");
		assertAccessible("Mijn certificaten");
		Download download = page.waitForDownload(() -> page.locator("#download-" + certificate.number()).click());
		assertThat(download.suggestedFilename()).isEqualTo(certificate.fileName());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
		String qr = decodeQr(pdf);
		assertThat(qr).isEqualTo(app.publicBaseUrl() + "/verify/" + certificate.verificationCode());

		// a stranger scans the QR code: a fresh browser, no login
		String path = URI.create(qr).getRawPath().substring(1);
		BrowserContext stranger = browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
		Page strangerPage = stranger.newPage();
		try {
			strangerPage.navigate(url(path));
			assertThat(strangerPage.locator("#result")).hasText("Geldig tot "
					+ java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.of("nl"))
						.format(certificate.validUntil()));
			assertThat(strangerPage.locator("#holder")).hasText("J.P. van der Browser");
			assertThat(strangerPage.locator("html")).hasAttribute("lang", "nl");
			assertThat(strangerPage.context().cookies()).extracting(cookie -> cookie.name + "=" + cookie.path)
				.isEmpty();
			Page own = page;
			page = strangerPage;
			assertAccessible("the verify page with a valid certificate");
			page.navigate(url("verify"));
			assertAccessible("the verify form");
			page.locator("#code").fill("abc");
			page.locator("#code").press("Enter");
			assertThat(page.locator("#code-error")).isVisible();
			assertAccessible("the verify form with a wrong code");
			page = own;

			// HR revokes, in a browser of its own
			context.close();
			context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
			context.setDefaultTimeout(20_000);
			page = context.newPage();
			own = page;
			logIn("hr");
			page.navigate(url("certificates/all"));
			assertThat(page.locator("h1")).hasText("Certificaten");
			page.locator("#certificate-search input").fill(certificate.number());
			assertThat(page.locator("vaadin-button[id^=revoke-]:visible")).hasCount(1);
			page.locator("#revoke-" + certificate.number()).click();
			page.locator("#revoke-reason textarea").waitFor();
			assertAccessible("the revoke dialog");
			page.locator("#revoke-reason textarea").fill("Toets door een ander gemaakt");
			page.locator("#revoke-confirm").click();
			assertThat(page.locator("#certificate-status"))
				.hasText("Certificaat " + certificate.number() + " is ingetrokken.");
			assertAccessible("the certificate register");

			// the stranger checks again (a reload: the browser may keep a result 30
			// seconds)
			strangerPage.navigate(url(path));
			strangerPage.reload();
			assertThat(strangerPage.locator("#result")).hasText("Niet geldig");
			assertThat(strangerPage.locator("body")).not().containsText("Toets door een ander");
			page = strangerPage;
			assertAccessible("the verify page with a certificate that is not valid");
			page = own;
		}
		finally {
			stranger.close();
		}
	}

	@Test
	void theRateLimitCountsTheForwardedClientAddressOfTheProxy() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 30; i++) {
			assertThat(verifyFrom(client, "203.0.113.77").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = verifyFrom(client, "203.0.113.77");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("Te veel controles");
		assertThat(verifyFrom(client, "203.0.113.78").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> verifyFrom(HttpClient client, String forwardedFor) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url("verify/7KQ2-M9XD-4TRA-0BWE")))
			.header("X-Forwarded-For", forwardedFor)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void logInAs(String username, String password) {
		page.navigate(url("login"));
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("input[name=password]").press("Enter");
		page.locator("#logout").waitFor();
	}

	private static String decodeQr(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
	}

}
