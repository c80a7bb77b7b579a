package nl.ambtenaaronline.training.employee;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import nl.ambtenaaronline.training.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roster import of 20,000 people: preview and confirm time, and heap after GC before and
 * after. Not part of {@code ./mvnw verify}; run with {@code ./mvnw test -Pbenchmark}. The
 * figures go to {@code target/benchmarks/roster-import.md}; copy them into
 * {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
@IntegrationTest
@WithUserDetails("hr")
class RosterImportBenchmarkTest {

	static final int PEOPLE = 20_000;

	static final int DEPARTMENTS = 20;

	@Autowired
	RosterImportService imports;

	final List<String> lines = new ArrayList<>();

	@Test
	void importsTwentyThousandPeopleWithinTenSecondsEachStepAndFlatMemory() throws IOException {
		byte[] first = file("");
		byte[] changed = file("nieuw.");
		lines.add(String.format(Locale.ROOT, "File: %,d people in %d departments, %,d bytes (UTF-8, semicolons).",
				PEOPLE, DEPARTMENTS, first.length));
		lines.add("");
		lines.add("| step | time | heap used after GC |");
		lines.add("|---|---|---|");
		lines.add("| before | | " + mb(usedAfterGc()) + " |");

		RosterUpload upload = new RosterUpload("benchmark.csv", first, ImportMode.DEPARTMENTS);
		RosterPreview preview = measure("preview, 20,000 new", () -> imports.preview(upload));
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.newPeople()).isEqualTo(PEOPLE);
		RosterImportResult result = measure("confirm, 20,000 new", () -> imports.confirm(upload));
		assertThat(result.newPeople()).isEqualTo(PEOPLE);

		RosterPreview again = measure("preview, 20,000 unchanged", () -> imports.preview(upload));
		assertThat(again.unchanged()).isEqualTo(PEOPLE);
		measure("confirm, 20,000 unchanged", () -> imports.confirm(upload));

		RosterUpload update = new RosterUpload("benchmark.csv", changed, ImportMode.DEPARTMENTS);
		RosterPreview changes = measure("preview, 18,000 changed", () -> imports.preview(update));
		assertThat(changes.changed()).as("everyone with an e-mail address").isEqualTo(PEOPLE - PEOPLE / 10);
		measure("confirm, 18,000 changed", () -> imports.confirm(update));

		lines.add("");
		lines.add("Peak heap during the run (all heap pools, garbage included): " + mb(peakHeap()) + ".");
		Path out = Path.of("target", "benchmarks", "roster-import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, String.join("\n", lines) + "\n");
		lines.forEach(System.out::println);
	}

	private <T> T measure(String step, Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		long millis = (System.nanoTime() - start) / 1_000_000;
		lines.add(String.format(Locale.ROOT, "| %s | %,d ms | %s |", step, millis, mb(usedAfterGc())));
		assertThat(millis).as(step).isLessThan(10_000);
		return result;
	}

	/**
	 * 20 departments of 1,000: a head reporting to the demo director, the rest to their
	 * head.
	 */
	static byte[] file(String emailPrefix) {
		StringBuilder text = new StringBuilder(RosterFiles.HEADER);
		int number = 500_000;
		for (int d = 1; d <= DEPARTMENTS; d++) {
			String code = String.format(Locale.ROOT, "BENCH%02d", d);
			String head = Integer.toString(number + 1);
			for (int i = 0; i < PEOPLE / DEPARTMENTS; i++) {
				number++;
				boolean intern = i % 50 == 49;
				text.append(number)
					.append(";Voornaam")
					.append(i % 40)
					.append(';')
					.append(i % 7 == 0 ? "van der" : "")
					.append(";Achternaam")
					.append(number % 997)
					.append(';')
					.append(i % 10 == 9 ? "" : emailPrefix + "p" + number + "@example.org")
					.append(';')
					.append(code)
					.append(";Benchmarkafdeling ")
					.append(d)
					.append(';')
					.append(i == 0 ? "100001" : head)
					.append(';')
					.append(String.format(Locale.ROOT, "%d-%d-20%02d", 1 + i % 28, 1 + i % 12, 5 + i % 20))
					.append(';')
					.append(intern ? "31-12-2030" : "")
					.append(';')
					.append(intern ? "stagiair" : "medewerker")
					.append(';')
					.append(intern ? head : "")
					.append('\n');
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(usage -> usage == null ? 0 : usage.getUsed())
			.sum();
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}
