package nl.ambtenaaronline.training.security;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password spike on its own: how many password sign-ins one core holds. A sign-in
 * with a password costs one hash comparison (the throttle and the session are small
 * beside it), so the figure is the CPU time of one comparison at the application's hash
 * (the delegating encoder's default, bcrypt cost 10) and, for the choice, at the costs
 * around it. Measured as the thread's CPU time ({@link ThreadMXBean}), not wall time, so
 * other work on the machine changes the figure little. Not part of {@code ./mvnw verify};
 * run with
 * {@code ./mvnw test -Pbenchmark -Dsurefire.excludedGroups=none -Dtest=PasswordHashBenchmarkTest}.
 * The figures go to {@code target/benchmarks/password-hash.md}; copy them into
 * {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
class PasswordHashBenchmarkTest {

	static final String PASSWORD = "een-lang-wachtwoord-van-de-gemeente";

	static final int WARM_UP = 10;

	static final int ROUNDS = 40;

	@Test
	void oneCoreHoldsThisManyPasswordSignInsPerSecond() throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		assertThat(threads.isCurrentThreadCpuTimeSupported()).isTrue();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "Cores: %d; %s %s; %d comparisons each after %d to warm up.",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), ROUNDS, WARM_UP));
		lines.add("");
		lines.add("| hash | CPU per comparison (median) | sign-ins per second per core |");
		lines.add("|---|---|---|");

		PasswordEncoder application = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String stored = application.encode(PASSWORD);
		assertThat(stored).startsWith("{bcrypt}$2a$10$");
		double applicationMs = medianCpuMs(threads, application, stored);
		lines.add(row("application's (bcrypt, cost 10)", applicationMs));

		double previous = 0;
		for (int cost = 8; cost <= 12; cost++) {
			BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
			double ms = medianCpuMs(threads, bcrypt, bcrypt.encode(PASSWORD));
			lines.add(row("bcrypt, cost " + cost, ms));
			// each step of the cost doubles the work: the measurement must see that
			assertThat(ms).isGreaterThan(previous * 1.5);
			previous = ms;
		}
		Path out = Path.of("target", "benchmarks", "password-hash.md");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	private static double medianCpuMs(ThreadMXBean threads, PasswordEncoder encoder, String stored) {
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(encoder.matches(PASSWORD, stored)).isTrue();
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long before = threads.getCurrentThreadCpuTime();
			boolean matched = encoder.matches(PASSWORD, stored);
			nanos[i] = threads.getCurrentThreadCpuTime() - before;
			assertThat(matched).isTrue();
		}
		Arrays.sort(nanos);
		return nanos[ROUNDS / 2] / 1_000_000.0;
	}

	private static String row(String hash, double ms) {
		return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f |", hash, ms, 1000.0 / ms);
	}

}
