package nl.ambtenaaronline.training.certificate;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The public verify page as plain, escaped HTML in the house style: the city's header,
 * one heading per level, the result in a live region, a labelled form. Every value from
 * the request or the database goes through {@link HtmlUtils#htmlEscape(String)}.
 */
final class VerifyPage {

	/** What the page shows above the form. */
	sealed interface Outcome {

		record None() implements Outcome {
		}

		record Result(Verification verification) implements Outcome {
		}

		record InvalidCode() implements Outcome {
		}

		record RateLimited() implements Outcome {
		}

	}

	private final MessageSource messages;

	private final Locale locale;

	private final String contextPath;

	private final String cityName;

	/** The environment's label (a demo, a test), or empty for a real installation. */
	private final String environmentLabel;

	VerifyPage(MessageSource messages, Locale locale, String contextPath, String cityName, String environmentLabel) {
		this.environmentLabel = environmentLabel;
		this.messages = messages;
		this.locale = locale;
		this.contextPath = contextPath;
		this.cityName = cityName;
	}

	String render(Outcome outcome, @Nullable String code, String selfPath) {
		String lang = locale.getLanguage();
		String other = msg("verify.language.lang");
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(lang)
			.append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"robots\" content=\"noindex\">\n")
			.append("<title>")
			.append(e(title(outcome)))
			.append(" \u2013 ")
			.append(e(cityName))
			.append("</title>\n")
			.append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"")
			.append(e(contextPath))
			.append("/images/city-mark.svg\">\n")
			.append("<link rel=\"stylesheet\" href=\"")
			.append(e(contextPath))
			.append("/styles/ambtenaar.css\">\n</head>\n<body class=\"ao-verify\">\n")
			.append("<header class=\"ao-verify-header\">\n<span class=\"ao-brand\"><img class=\"ao-city-mark\" src=\"")
			.append(e(contextPath))
			.append("/images/city-mark.svg\" alt=\"\"><span class=\"ao-city-name\">")
			.append(e(cityName))
			.append("</span></span>\n")
			// a demo's certificate is checked on a page that says it is a demo
			.append(environmentLabel.isBlank() ? ""
					: "<span class=\"ao-environment\" id=\"environment-label\">" + e(environmentLabel) + "</span>\n")
			.append("<a class=\"ao-verify-language\" lang=\"")
			.append(e(other))
			.append("\" hreflang=\"")
			.append(e(other))
			.append("\" href=\"")
			.append(e(selfPath))
			.append("?lang=")
			.append(e(other))
			.append(code == null ? "" : "&amp;code=" + e(code))
			.append("\">")
			.append(e(msg("verify.language")))
			.append("</a>\n</header>\n<main id=\"main-content\" class=\"ao-verify-main\">\n<h1>")
			.append(e(msg("verify.title")))
			.append("</h1>\n");
		boolean invalid = outcome instanceof Outcome.InvalidCode;
		switch (outcome) {
			case Outcome.Result(Verification.Found found) -> found(html, found);
			case Outcome.Result(Verification.Unknown unknown) ->
				status(html, "ao-verify-unknown", msg("verify.unknown.title"), msg("verify.unknown"));
			case Outcome.RateLimited limited ->
				status(html, "ao-verify-limited", msg("verify.rate-limited.title"), msg("verify.rate-limited"));
			default -> {
				if (!invalid) {
					html.append("<p>").append(e(msg("verify.intro"))).append("</p>\n");
				}
			}
		}
		html.append("<form class=\"ao-verify-form\" method=\"get\" action=\"")
			.append(e(contextPath))
			.append("/verify\">\n");
		if (!"nl".equals(lang)) {
			html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(e(lang)).append("\">\n");
		}
		String heading = outcome instanceof Outcome.None || invalid ? "" : msg("verify.another");
		if (!heading.isEmpty()) {
			html.append("<h2>").append(e(heading)).append("</h2>\n");
		}
		html.append("<label for=\"code\">")
			.append(e(msg("verify.code")))
			.append("</label>\n<p id=\"code-help\" class=\"ao-verify-help\">")
			.append(e(msg("verify.code.help")))
			.append("</p>\n");
		if (invalid) {
			html.append("<p id=\"code-error\" class=\"ao-verify-error\" role=\"alert\">")
				.append(e(msg("verify.invalid-code")))
				.append("</p>\n");
		}
		html.append("<input id=\"code\" name=\"code\" type=\"text\" maxlength=\"64\" autocomplete=\"off\" ")
			.append("autocapitalize=\"characters\" spellcheck=\"false\" aria-describedby=\"code-help")
			.append(invalid ? " code-error\" aria-invalid=\"true" : "")
			.append("\" value=\"")
			.append(invalid && code != null ? e(code) : "")
			.append("\">\n<button type=\"submit\">")
			.append(e(msg("verify.submit")))
			.append("</button>\n</form>\n<p class=\"ao-verify-privacy\">")
			.append(e(msg("verify.privacy")))
			.append("</p>\n</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private void found(StringBuilder html, Verification.Found found) {
		String state = found.valid() ? msg("verify.valid", CertificatePdfRenderer.date(found.validUntil(), locale))
				: msg("verify.not-valid");
		html.append("<section class=\"ao-verify-result ")
			.append(found.valid() ? "ao-verify-valid" : "ao-verify-invalid")
			.append("\" aria-labelledby=\"result\">\n<h2 id=\"result\" role=\"status\">")
			.append(e(state))
			.append("</h2>\n<dl>\n<dt>")
			.append(e(msg("verify.course")))
			.append("</dt>\n<dd id=\"course\">")
			.append(e(msg(found.carriedOver() ? "verify.course-value.carried-over" : "verify.course-value",
					found.courseTitle().in(locale), found.courseVersion())))
			.append("</dd>\n<dt>")
			.append(e(msg("verify.completed-on")))
			.append("</dt>\n<dd id=\"completed-on\">")
			.append(e(CertificatePdfRenderer.date(found.completedOn(), locale)))
			.append("</dd>\n<dt>")
			.append(e(msg("verify.holder")))
			.append("</dt>\n<dd id=\"holder\">")
			.append(e(found.holder().isEmpty() ? msg("verify.holder-erased") : found.holder()))
			.append("</dd>\n</dl>\n</section>\n");
	}

	private static void status(StringBuilder html, String css, String heading, String text) {
		html.append("<section class=\"ao-verify-result ")
			.append(css)
			.append("\" aria-labelledby=\"result\">\n<h2 id=\"result\" role=\"status\">")
			.append(e(heading))
			.append("</h2>\n<p>")
			.append(e(text))
			.append("</p>\n</section>\n");
	}

	private String title(Outcome outcome) {
		return switch (outcome) {
			case Outcome.Result(Verification.Found found) ->
				found.valid() ? msg("verify.valid", CertificatePdfRenderer.date(found.validUntil(), locale))
						: msg("verify.not-valid");
			case Outcome.Result(Verification.Unknown unknown) -> msg("verify.unknown.title");
			case Outcome.RateLimited limited -> msg("verify.rate-limited.title");
			default -> msg("verify.title");
		};
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
