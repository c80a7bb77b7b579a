package nl.ambtenaaronline.training.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * What a person sees on an address that is no page, or a page they may not open: inside
 * the main layout, in their language, with the way back to the start page. No internals:
 * no exception, no stack trace, no version.
 */
abstract class RouteErrorView extends Main implements HasDynamicTitle {

	/** Which of the two texts is shown. */
	enum Kind {

		NOT_FOUND("error.not-found", HttpServletResponse.SC_NOT_FOUND),

		DENIED("error.denied", HttpServletResponse.SC_FORBIDDEN);

		final String key;

		final int status;

		Kind(String key, int status) {
			this.key = key;
			this.status = status;
		}

	}

	private Kind kind = Kind.NOT_FOUND;

	RouteErrorView() {
		addClassNames("ao-page", "ao-route-error");
		setId("route-error");
	}

	/** Shows the text of a kind and answers its HTTP status. */
	final int show(Kind shown) {
		this.kind = shown;
		removeAll();
		add(new H1(getTranslation(shown.key + ".title")));
		Paragraph text = new Paragraph(getTranslation(shown.key + ".text"));
		text.setId("route-error-text");
		Anchor home = new Anchor("", getTranslation("error.home"));
		home.setId("route-error-home");
		home.addClassName("ao-button-link");
		add(text, new Paragraph(home));
		return shown.status;
	}

	/**
	 * Denied when the address is a page the signed-in person may not open. In production
	 * Vaadin reports a refused page as "not found" (so as not to tell that it exists);
	 * the routes are no secret, and "no access" is the helpful answer.
	 */
	static Kind kindOf(BeforeEnterEvent event) {
		Kind kind = kindOf(event.getLocation().getPath());
		return kind == null ? Kind.NOT_FOUND : kind;
	}

	/**
	 * What an address is for the person asking: {@code null} for a page they may open,
	 * denied for one they may not, not found for an address that is no page.
	 */
	static @Nullable Kind kindOf(String path) {
		Optional<Class<? extends Component>> target = RouteConfiguration.forApplicationScope().getRoute(path);
		if (target.isEmpty()) {
			return Kind.NOT_FOUND;
		}
		return new AccessAnnotationChecker().hasAccess(target.get()) ? null : Kind.DENIED;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(kind.key + ".title") + " – " + getTranslation("app.name");
	}

}
