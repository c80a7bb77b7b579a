package nl.ambtenaaronline.training.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up configuration of the content engine ({@code app.content.*}).
 *
 * @param path the folder that holds one sub-folder per course; relative paths are
 * relative to the working directory. When it does not exist, the copy inside the
 * application (packaged from {@code content/courses}) is used.
 */
@ConfigurationProperties("app.content")
public record ContentProperties(@DefaultValue("content/courses") String path) {

}
