package nl.ambtenaaronline.training.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application presents the city, on its screens (the shell) and in its documents
 * (the archival-PDF kit); another city changes these, not the code.
 *
 * @param cityMark path of the city mark image (SVG) under the static resources
 */
@ConfigurationProperties("app.shell")
public record ShellProperties(@DefaultValue("images/city-mark.svg") String cityMark) {
}
