package nl.ambtenaaronline.training.certificate;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import nl.ambtenaaronline.training.shared.AppProperties;
import nl.ambtenaaronline.training.shared.ShellProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public verification: {@code /verify} (the form, also {@code ?code=} from the form)
 * and {@code /verify/{code}} (the QR code's address). Plain Spring MVC, no Vaadin
 * session: nothing here creates an HTTP session. Dutch by default, English with
 * {@code ?lang=en} or an English Accept-Language. Rate-limited per client address (the
 * proxy's forwarded one); every lookup is counted, the address only for the window.
 */
@Controller
class VerifyController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

	private final CertificateService certificates;

	private final VerifyRateLimiter limiter;

	private final MessageSource messages;

	private final AppProperties app;

	private final CertificateProperties properties;

	private final ShellProperties shell;

	VerifyController(CertificateService certificates, VerifyRateLimiter limiter, MessageSource messages,
			AppProperties app, CertificateProperties properties, ShellProperties shell) {
		this.shell = shell;
		this.certificates = certificates;
		this.limiter = limiter;
		this.messages = messages;
		this.app = app;
		this.properties = properties;
	}

	@GetMapping("/verify")
	ResponseEntity<String> form(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
		if (code == null || code.isBlank()) {
			return page(request, lang, HttpStatus.OK, new VerifyPage.Outcome.None(), null,
					CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic());
		}
		return verify(code, lang, request);
	}

	@GetMapping("/verify/{code}")
	ResponseEntity<String> code(@PathVariable String code, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		return verify(code, lang, request);
	}

	private ResponseEntity<String> verify(String code, @Nullable String lang, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (!limiter.tryAcquire(address)) {
			ResponseEntity<String> limited = page(request, lang, HttpStatus.TOO_MANY_REQUESTS,
					new VerifyPage.Outcome.RateLimited(), null, CacheControl.noStore());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.headers(limited.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(limiter.retryAfterSeconds(address)))
				.body(limited.getBody());
		}
		if (!certificates.isWellFormedCode(code)) {
			return page(request, lang, HttpStatus.OK, new VerifyPage.Outcome.InvalidCode(), code,
					CacheControl.noStore());
		}
		Verification verification = certificates.verify(code);
		String printed = certificates.normalizeCode(code).orElse(code);
		return page(request, lang, HttpStatus.OK, new VerifyPage.Outcome.Result(verification), printed,
				CacheControl.maxAge(properties.verify().cacheMaxAge()).cachePrivate());
	}

	private ResponseEntity<String> page(HttpServletRequest request, @Nullable String lang, HttpStatus status,
			VerifyPage.Outcome outcome, @Nullable String code, CacheControl cache) {
		Locale locale = locale(lang, request);
		String html = new VerifyPage(messages, locale, request.getContextPath(), app.cityName(),
				shell.environmentLabel())
			.render(outcome, code, request.getRequestURI());
		return ResponseEntity.status(status)
			.contentType(HTML)
			.cacheControl(cache)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
			.body(html);
	}

	static Locale locale(@Nullable String lang, HttpServletRequest request) {
		if ("en".equals(lang)) {
			return Locale.ENGLISH;
		}
		if ("nl".equals(lang)) {
			return Locale.of("nl");
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return Locale.of("nl");
		}
		for (var languages = request.getLocales(); languages.hasMoreElements();) {
			String language = languages.nextElement().getLanguage();
			if ("nl".equals(language)) {
				return Locale.of("nl");
			}
			if ("en".equals(language)) {
				return Locale.ENGLISH;
			}
		}
		return Locale.of("nl");
	}

}
