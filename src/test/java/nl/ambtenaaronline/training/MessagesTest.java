package nl.ambtenaaronline.training;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

	@Test
	void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> dutch = keys("/messages.properties");
		Set<String> english = keys("/messages_en.properties");
		assertThat(dutch).isNotEmpty();
		assertThat(new TreeSet<>(english)).as("keys of messages_en.properties")
			.containsExactlyElementsOf(new TreeSet<>(dutch));
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties properties = load(bundle);
			properties
				.forEach((key, value) -> assertThat(value.toString().strip()).as(bundle + " " + key).isNotEmpty());
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		return load(resource).stringPropertyNames();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
