package nl.ambtenaaronline.training.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import nl.ambtenaaronline.training.shared.ShellProperties;

/**
 * The installation's environment label ("Demo · verzonnen gegevens", "Acceptatie") as a
 * badge beside the product name, on every screen and on the sign-in page, so that nobody
 * takes the demo's made-up people, addresses and course for the real ones.
 */
public final class EnvironmentBadge {

	private EnvironmentBadge() {
	}

	/** The badge, or none when no label is configured (a real installation). */
	public static Optional<Span> of(ShellProperties shell) {
		if (shell.environmentLabel().isBlank()) {
			return Optional.empty();
		}
		Span badge = new Span(shell.environmentLabel());
		badge.addClassName("ao-environment");
		badge.setId("environment-label");
		return Optional.of(badge);
	}

}
