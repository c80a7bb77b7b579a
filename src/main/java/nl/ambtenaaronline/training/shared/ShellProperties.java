package nl.ambtenaaronline.training.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application presents the city, on its screens (the shell) and in its documents
 * (the archival-PDF kit); another city changes these, not the code.
 *
 * @param cityMark path of the city mark image (SVG) under the static resources
 * @param environmentLabel a short label beside the product name on every screen and on
 * the sign-in page, for an installation that is not the real one (the demo: "Demo ·
 * verzonnen gegevens"; a city's acceptance environment: "Acceptatie"); none by default
 */
@ConfigurationProperties("app.shell")
public record ShellProperties(@DefaultValue("images/city-mark.svg") String cityMark,
		@DefaultValue("") String environmentLabel) {
}
