package nl.ambtenaaronline.training.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import nl.ambtenaaronline.training.Learners;
import nl.ambtenaaronline.training.ProductionJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the production jar as a separate process ({@link AnsweringChild} answering
 * questions inside it), kills it with SIGKILL ({@code Process.destroyForcibly()}) at a
 * random moment, and checks that every answer the application confirmed is stored, and
 * that the next start resumes the same attempt with those answers. Rounds: 3 in
 * {@code ./mvnw verify}, 50 in the benchmark profile.
 */
final class KillMinus9Durability {

	/** The figures of a run, for docs/benchmarks.md. */
	record Figures(String database, int rounds, int confirmed, int lost, List<Long> restartMillis) {

		String summary() {
			List<Long> sorted = restartMillis.stream().sorted().toList();
			return String.format(Locale.ROOT,
					"%s: %d kill -9 rounds, %d answers confirmed, %d lost; start to resumed attempt: min %d ms, median %d ms, max %d ms",
					database, rounds, confirmed, lost, sorted.getFirst(), sorted.get(sorted.size() / 2),
					sorted.getLast());
		}

	}

	private final String database;

	private final String jdbcUrl;

	private final String user;

	private final List<String> applicationArguments;

	private final Path work;

	private final Random random = new Random();

	/** Confirmed answers: id → question and options. */
	private final Map<UUID, String[]> confirmed = new LinkedHashMap<>();

	/** Per question the options last confirmed. */
	private final Map<String, String> lastConfirmed = new HashMap<>();

	KillMinus9Durability(String database, String jdbcUrl, String user, List<String> applicationArguments, Path work) {
		this.database = database;
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.applicationArguments = applicationArguments;
		this.work = work;
	}

	static int rounds() {
		return Integer.getInteger("durability.rounds", 3);
	}

	Figures run() throws Exception {
		return run(rounds());
	}

	Figures run(int rounds) throws Exception {
		List<String> command = command();
		List<Long> restarts = new ArrayList<>();
		long attempt = -1;
		for (int round = 0; round <= rounds; round++) {
			long started = System.nanoTime();
			Process child = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
			BlockingQueue<String> lines = new LinkedBlockingQueue<>();
			Thread reader = Thread.ofPlatform().daemon().start(() -> read(child, lines));
			try {
				String resumed = await(lines, child, "RESUMED ", 180);
				long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				String[] parts = resumed.split(" ", 4);
				long attemptId = Long.parseLong(parts[1]);
				if (round > 0) {
					restarts.add(millis);
					assertThat(attemptId).as("round %d: the attempt resumes", round).isEqualTo(attempt);
					assertResumedAnswers(parts.length > 3 ? parts[3] : "", round);
				}
				attempt = attemptId;
				if (round == rounds) {
					break;
				}
				Thread.sleep(300 + random.nextInt(2500));
			}
			finally {
				child.destroyForcibly();
				assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child ended").isTrue();
				reader.join(10_000);
			}
			collect(lines);
			assertStored(round);
		}
		int lost = 0;
		Figures figures = new Figures(database, rounds, confirmed.size(), lost, restarts);
		System.out.println("DURABILITY " + figures.summary());
		Files.writeString(Path.of("target", "durability-" + database.toLowerCase(Locale.ROOT) + ".txt"),
				figures.summary() + System.lineSeparator());
		return figures;
	}

	/** Answers the child reported: SAVED lines confirm the SAVING line with their id. */
	private String pendingQuestion;

	private String pendingOptions;

	private void collect(BlockingQueue<String> lines) {
		Map<UUID, String[]> saving = new HashMap<>();
		pendingQuestion = null;
		for (String line : lines) {
			if (line.startsWith("SAVING ")) {
				String[] parts = line.split(" ");
				saving.put(UUID.fromString(parts[1]), new String[] { parts[2], parts[3] });
				pendingQuestion = parts[2];
				pendingOptions = parts[3];
			}
			else if (line.startsWith("SAVED ")) {
				UUID id = UUID.fromString(line.substring("SAVED ".length()));
				String[] answer = saving.get(id);
				confirmed.put(id, answer);
				lastConfirmed.put(answer[0], answer[1]);
				pendingQuestion = null;
			}
		}
	}

	/** Every confirmed answer is in the database, with its question and options. */
	private void assertStored(int round) throws SQLException {
		int missing = 0;
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
				PreparedStatement select = connection
					.prepareStatement("select question_id, selected from assessment_answer where id = ?")) {
			for (var answer : confirmed.entrySet()) {
				select.setObject(1, answer.getKey());
				try (ResultSet row = select.executeQuery()) {
					if (!row.next() || !row.getString(1).equals(answer.getValue()[0])
							|| !row.getString(2).equals(answer.getValue()[1])) {
						missing++;
					}
				}
			}
		}
		assertThat(missing).as("round %d: confirmed answers missing after kill -9 (of %d)", round, confirmed.size())
			.isZero();
	}

	/**
	 * The resumed attempt shows, per question, the answer confirmed last — or the one the
	 * child was saving when it was killed, which may have committed unconfirmed.
	 */
	private void assertResumedAnswers(String answers, int round) {
		Map<String, String> resumed = new HashMap<>();
		for (String pair : answers.split(";")) {
			if (!pair.isEmpty()) {
				resumed.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		for (var last : lastConfirmed.entrySet()) {
			String shown = resumed.get(last.getKey());
			if (last.getKey().equals(pendingQuestion) && pendingOptions.equals(shown)) {
				continue;
			}
			assertThat(shown).as("round %d: resumed answer to %s", round, last.getKey()).isEqualTo(last.getValue());
		}
	}

	private static String await(BlockingQueue<String> lines, Process child, String prefix, int seconds)
			throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<String> seen = new ArrayList<>();
		while (System.nanoTime() < end) {
			String line = lines.poll(200, TimeUnit.MILLISECONDS);
			if (line != null) {
				seen.add(line);
				if (line.startsWith(prefix)) {
					return line;
				}
			}
			else if (!child.isAlive() && lines.isEmpty()) {
				break;
			}
		}
		seen.stream().skip(Math.max(0, seen.size() - 60)).forEach(line -> System.err.println("child: " + line));
		throw new AssertionError("the application did not report " + prefix.trim() + " within " + seconds + " s");
	}

	private static void read(Process child, BlockingQueue<String> lines) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// the child was killed
		}
	}

	private List<String> command() throws IOException {
		List<String> arguments = new ArrayList<>(applicationArguments);
		arguments.add("--server.port=0");
		// outside the demo a local public address refuses to start (PublicBaseUrlCheck)
		arguments.add("--app.public-base-url=https://training.example.nl");
		return ProductionJar.command(work, AnsweringChild.class, List.of(AnsweringChild.class, Learners.class),
				arguments);
	}

}
