package nl.ambtenaaronline.training.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo's made-up example course "Demo-cursus (verzonnen): wat is er veranderd"
 * ({@code content/examples}, packaged into the application): before the application
 * starts, version {@value #FIRST} is copied to a temporary folder of its own, which the
 * content store reads besides the real courses ({@code app.content.extra-path}).
 * {@link DemoExample} later puts version {@value #SECOND} there and reloads, as an editor
 * would publish a new major version. Only in the demo profile with
 * {@code app.demo.example-course} on; never in an installation.
 */
public class DemoExampleContent implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String COURSE = "voorbeeld-wijziging";

	static final String FIRST = "1.0.0";

	static final String SECOND = "2.0.0";

	static final String ENABLED = "app.demo.example-course";

	static final String EXTRA_PATH = "app.content.extra-path";

	private static final String PACKAGED = "content/examples/";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		if (!demo || !environment.getProperty(ENABLED, Boolean.class, false)) {
			return;
		}
		try {
			Path folder = Files.createTempDirectory("ambtenaar-demo-example");
			copyVersion(FIRST, folder);
			environment.getPropertySources()
				.addFirst(new MapPropertySource("demo-example-course", Map.of(EXTRA_PATH, folder.toString())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the demo's example course", ex);
		}
	}

	/** Replaces the example course in {@code folder} by the packaged {@code version}. */
	static void copyVersion(String version, Path folder) throws IOException {
		Path course = folder.resolve(COURSE);
		if (Files.exists(course)) {
			try (Stream<Path> files = Files.walk(course)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		String prefix = PACKAGED + version + "/";
		Resource[] resources = new PathMatchingResourcePatternResolver(DemoExampleContent.class.getClassLoader())
			.getResources("classpath*:" + prefix + COURSE + "/**");
		for (Resource resource : resources) {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf(prefix);
			if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
				continue;
			}
			String relative = url.substring(at + prefix.length());
			Path file = folder.resolve(relative).normalize();
			if (relative.contains("..") || !file.startsWith(folder)) {
				continue;
			}
			Files.createDirectories(file.getParent());
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				// a directory entry that looked like a file: skip
			}
		}
	}

}
