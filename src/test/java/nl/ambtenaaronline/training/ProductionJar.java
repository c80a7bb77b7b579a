package nl.ambtenaaronline.training;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the production jar (built by {@code package}; maven-failsafe passes its path as
 * {@code durability.jar}) as a separate process. Test classes that must run inside it (a
 * driver, a profile-bound controller) go on Spring Boot's {@code loader.path}, copied
 * alone so that the rest of the test classpath stays out.
 */
public final class ProductionJar {

	private ProductionJar() {
	}

	/**
	 * The command: {@code java -cp app.jar PropertiesLauncher} with the given classes on
	 * the loader path and, when {@code main} is not null, that class as the main class.
	 */
	public static List<String> command(Path work, Class<?> main, List<Class<?>> extraClasses,
			List<String> applicationArguments) throws IOException {
		String jarName = System.getProperty("durability.jar");
		assertThat(jarName).as("durability.jar: the production jar, set by maven-failsafe (run ./mvnw verify)")
			.isNotNull();
		Path jar = Path.of(jarName);
		assertThat(jar).as("the production jar").exists();
		Path loaderPath = work.resolve("loader-path");
		for (Class<?> type : extraClasses) {
			copyClasses(type, loaderPath);
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dloader.path=" + loaderPath));
		if (main != null) {
			command.add("-Dloader.main=" + main.getName());
		}
		command.addAll(List.of("-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(applicationArguments);
		command.addAll(List.of("--vaadin.launch-browser=false", "--spring.main.banner-mode=off"));
		return command;
	}

	/** Copies a class file and its nested classes, keeping the package folders. */
	private static void copyClasses(Class<?> type, Path target) throws IOException {
		Path classes;
		try {
			classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IOException(ex);
		}
		String folder = type.getPackageName().replace('.', '/');
		Path destination = target.resolve(folder);
		Files.createDirectories(destination);
		try (var files = Files.list(classes.resolve(folder))) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.equals(type.getSimpleName() + ".class") || name.startsWith(type.getSimpleName() + "$")) {
					Files.copy(file, destination.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
