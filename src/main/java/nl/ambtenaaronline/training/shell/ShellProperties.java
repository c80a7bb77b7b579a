package nl.ambtenaaronline.training.shell;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the shell presents the city; another city changes these, not the code.
 *
 * @param cityMark path of the city mark image under the static resources
 */
@ConfigurationProperties("app.shell")
public record ShellProperties(@DefaultValue("images/city-mark.svg") String cityMark) {
}
