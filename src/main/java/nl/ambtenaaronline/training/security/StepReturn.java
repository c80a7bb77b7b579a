package nl.ambtenaaronline.training.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * Where a person was going when a step of their sign-in (the second factor, a new
 * password) had to come first: remembered when the step takes over the page, taken when
 * the step is done, so that a deep link opened while signed out ends on that page. Only
 * an address inside the application (a route path with its query), never a host.
 */
public final class StepReturn {

	private static final String ATTRIBUTE = StepReturn.class.getName();

	/** The start page, relative to the application's base. */
	static final String START = "./";

	private StepReturn() {
	}

	/** Remembers the address asked for (Spring Security's {@code continue} left out). */
	public static void remember(Location location) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(ATTRIBUTE, address(location));
		}
	}

	/**
	 * The remembered address relative to the application's base (the start page when
	 * none), and forgets it.
	 */
	public static String take() {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null) {
			return START;
		}
		Object remembered = session.getAttribute(ATTRIBUTE);
		session.setAttribute(ATTRIBUTE, null);
		return remembered instanceof String address && !address.isEmpty() ? address : START;
	}

	/** The path and query of a location, relative, without {@code continue}. */
	static String address(Location location) {
		String path = location.getPath();
		if (path.startsWith("/") || path.contains("//") || path.contains(":") || path.contains("\\")) {
			return "";
		}
		Map<String, List<String>> query = location.getQueryParameters()
			.getParameters()
			.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals("continue"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		String rest = new QueryParameters(query).getQueryString();
		return rest.isEmpty() ? path : path + "?" + rest;
	}

}
