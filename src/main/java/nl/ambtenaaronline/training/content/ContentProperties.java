package nl.ambtenaaronline.training.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the content engine ({@code app.content.*}).
 *
 * @param path the folder that holds one sub-folder per course; relative paths are
 * relative to the working directory. When it does not exist, the copy inside the
 * application (packaged from {@code content/courses}) is used.
 * @param checkInterval how often every node reads the folder again and takes new versions
 * in ({@link ContentService#follow()}), so that a reload on one node reaches the others;
 * {@code 0} (the default) turns it off. Several nodes: e.g. {@code 1m}.
 * @param extraPath a second folder of courses read besides {@code path} at start-up and
 * on every reload (empty, the default: none; a folder without courses is no problem). The
 * demo puts its made-up example course there ({@code DemoExampleContent}).
 */
@ConfigurationProperties("app.content")
public record ContentProperties(@DefaultValue("content/courses") String path,
		@DefaultValue("0s") Duration checkInterval, @DefaultValue("") String extraPath) {

}
