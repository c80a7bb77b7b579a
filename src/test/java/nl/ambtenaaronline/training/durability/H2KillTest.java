package nl.ambtenaaronline.training.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 in file mode must not lose a committed transaction on kill -9. The child JVM uses
 * the settings of the application's own URL (WRITE_DELAY=0), read from
 * application.properties, so removing them there makes this test fail.
 */
class H2KillTest {

	@Test
	void everyCommitReportedBeforeKillMinus9IsThereAfterwards(@TempDir Path dir) throws Exception {
		String settings = applicationUrlSettings();
		assertThat(settings).contains("WRITE_DELAY=0");
		String url = "jdbc:h2:file:" + dir.resolve("kill").toAbsolutePath() + settings;
		for (int round = 0; round < 3; round++) {
			int reported = runAndKill(url, 40 + round * 25);
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					ResultSet rows = connection.createStatement().executeQuery("select max(id) from answer")) {
				rows.next();
				assertThat(rows.getInt(1)).as("round %d: rows after kill", round).isGreaterThanOrEqualTo(reported);
			}
		}
	}

	private static int runAndKill(String url, int commitsBeforeKill) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				H2KillChild.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		int last = 0;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (!line.startsWith("COMMITTED ")) {
					System.err.println("child: " + line);
				}
				else {
					last = Integer.parseInt(line.substring("COMMITTED ".length()));
					if (last >= commitsBeforeKill) {
						child.destroyForcibly();
						break;
					}
				}
			}
		}
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(last).as("commits reported by the child").isGreaterThanOrEqualTo(commitsBeforeKill);
		return last;
	}

	private static String applicationUrlSettings() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = H2KillTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		return url.substring(url.indexOf(';'));
	}

}
