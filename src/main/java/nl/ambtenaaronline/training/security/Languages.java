package nl.ambtenaaronline.training.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;

/**
 * Remembers the chosen language in a cookie for the login page and the next visit; a
 * signed-in user's language is stored with the account too.
 */
public final class Languages {

	static final String COOKIE = "ao-lang";

	private Languages() {
	}

	/** The language from the cookie, if it names a supported one. */
	public static Optional<Locale> remembered() {
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request == null || request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return AccountService.LANGUAGES.stream()
					.filter(locale -> locale.getLanguage().equals(cookie.getValue()))
					.findFirst();
			}
		}
		return Optional.empty();
	}

	public static void remember(Locale locale) {
		VaadinResponse response = VaadinResponse.getCurrent();
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
			cookie.setPath("/");
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}

}
