package nl.ambtenaaronline.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps README's folder layout and the index of the docs true to the tree. */
class ReadmeTest {

	static final Path FEATURES = Path.of("src/main/java/nl/ambtenaaronline/training");

	@Test
	void theFolderLayoutListsEveryFeaturePackageAndNoOther() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("## Folder layout");
		assertThat(start).as("README has a folder layout").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		String layout = readme.substring(start, end < 0 ? readme.length() : end);
		Set<String> listed = new TreeSet<>();
		Matcher entry = Pattern.compile("(?m)^ {6}(\\w+)/").matcher(layout);
		while (entry.find()) {
			listed.add(entry.group(1));
		}
		Set<String> packages = new TreeSet<>();
		try (Stream<Path> folders = Files.list(FEATURES)) {
			folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).forEach(packages::add);
		}
		assertThat(packages).hasSizeGreaterThan(10);
		assertThat(listed).isEqualTo(packages);
	}

	@Test
	void theIndexOfTheDocsNamesEveryDocument() throws IOException {
		String index = Files.readString(Path.of("docs/README.md"));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			assertThat(docs.map(doc -> doc.getFileName().toString())
				.filter(name -> !name.equals("README.md"))
				.map(name -> Files.isDirectory(Path.of("docs", name)) ? name + "/" : name)).isNotEmpty()
				.allSatisfy(name -> assertThat(index).contains("(" + name + ")"));
		}
	}

}
