package nl.ambtenaaronline.training.governance;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One screen of the application and who may open it, read from the view's annotations.
 *
 * @param route the route template, e.g. {@code admin/accounts}
 * @param titleKey the message key of its menu title, if it is in the menu
 * @param audience everyone, every signed-in user, or the listed roles
 * @param roles the roles of {@code @RolesAllowed}; empty for the other audiences
 */
public record RouteAccess(String route, @Nullable String titleKey, Audience audience, List<String> roles) {

	public RouteAccess {
		roles = List.copyOf(roles);
	}

	/**
	 * Who may open it, in words, for the page and the PDF of the privacy pack alike;
	 * {@code text} gives the text of a message key. The first-run screen says that it is
	 * open only until the first administrator exists.
	 */
	public String who(Function<String, String> text) {
		String who = switch (audience) {
			case ANYONE -> text.apply("governance.routes.anyone");
			case SIGNED_IN -> text.apply("governance.routes.signed-in");
			case ROLES -> String.join(", ", roles.stream().map(role -> text.apply("governance.role." + role)).toList());
		};
		return route.equals("setup") ? who + " " + text.apply("governance.routes.setup") : who;
	}

	/** Who may open a screen. */
	public enum Audience {

		/** Also without signing in ({@code @AnonymousAllowed}). */
		ANYONE,
		/** Every signed-in user ({@code @PermitAll}). */
		SIGNED_IN,
		/** Only the roles of {@code @RolesAllowed}. */
		ROLES

	}

}
