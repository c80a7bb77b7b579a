package nl.ambtenaaronline.training.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.ambtenaaronline.training.IntegrationTest;
import nl.ambtenaaronline.training.shared.SystemAuthentication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Certificate PDF generation (latency and throughput on all cores) and the verify page's
 * server time, in the test context (demo city, in-memory H2). Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw test -Pbenchmark}. The figures go to
 * {@code target/benchmarks/certificates.md}; copy them into {@code docs/benchmarks.md}.
 */
@Tag("benchmark")
@IntegrationTest
class CertificateBenchmarkTest {

	static final int WARM_UP = 50;

	static final int SEQUENTIAL = 300;

	static final int PARALLEL = 400;

	static final int VERIFICATIONS = 1000;

	@Autowired
	CertificateService certificates;

	@Autowired
	WebApplicationContext context;

	final List<String> lines = new ArrayList<>();

	@Test
	void pdfP95Below500MsAtLeast20PerSecondAndVerifyP95Below50Ms() throws Exception {
		List<CertificateSummary> all = SystemAuthentication.call(() -> certificates.search("", 0, 100));
		long[] ids = all.stream().mapToLong(CertificateSummary::id).toArray();
		int cores = Runtime.getRuntime().availableProcessors();
		lines.add(String.format(Locale.ROOT, "Cores: %d; %s %s.", cores, System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version")));
		lines.add("");
		lines.add("| measurement | n | p50 | p95 | max | throughput |");
		lines.add("|---|---|---|---|---|---|");

		for (int i = 0; i < WARM_UP; i++) {
			certificates.render(ids[i % ids.length]);
		}
		long[] pdf = new long[SEQUENTIAL];
		int size = 0;
		long start = System.nanoTime();
		for (int i = 0; i < SEQUENTIAL; i++) {
			long t = System.nanoTime();
			size = certificates.render(ids[i % ids.length]).length;
			pdf[i] = System.nanoTime() - t;
		}
		double sequentialRate = SEQUENTIAL / ((System.nanoTime() - start) / 1e9);
		row("PDF, one thread", pdf, sequentialRate);

		ExecutorService pool = Executors.newFixedThreadPool(cores);
		long[] parallel = new long[PARALLEL];
		try {
			List<Future<?>> futures = new ArrayList<>();
			start = System.nanoTime();
			for (int i = 0; i < PARALLEL; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					long t = System.nanoTime();
					certificates.render(ids[n % ids.length]);
					parallel[n] = System.nanoTime() - t;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double parallelRate = PARALLEL / ((System.nanoTime() - start) / 1e9);
		row("PDF, " + cores + " threads", parallel, parallelRate);

		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		String code = all.getFirst().verificationCode();
		for (int i = 0; i < WARM_UP; i++) {
			verify(mvc, code, i);
		}
		long[] verify = new long[VERIFICATIONS];
		start = System.nanoTime();
		for (int i = 0; i < VERIFICATIONS; i++) {
			long t = System.nanoTime();
			verify(mvc, code, WARM_UP + i);
			verify[i] = System.nanoTime() - t;
		}
		double verifyRate = VERIFICATIONS / ((System.nanoTime() - start) / 1e9);
		row("verify page, one thread (MockMvc: filters, controller, database)", verify, verifyRate);

		lines.add("");
		lines.add(String.format(Locale.ROOT, "PDF size: %,d bytes.", size));
		Path out = Path.of("target", "benchmarks", "certificates.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, String.join("\n", lines) + "\n");
		lines.forEach(System.out::println);

		assertThat(percentile(pdf, 95)).as("PDF p95 (ms)").isLessThan(500);
		assertThat(percentile(parallel, 95)).as("PDF p95 under load (ms)").isLessThan(500);
		assertThat(parallelRate).as("PDFs per second").isGreaterThanOrEqualTo(20);
		assertThat(percentile(verify, 95)).as("verify p95 (ms)").isLessThan(50);
	}

	/** Each verification from another address, so the rate limit does not interfere. */
	private static void verify(MockMvc mvc, String code, int n) {
		try {
			mvc.perform(get("/verify/" + code).with(request -> {
				request.setRemoteAddr("10.%d.%d.%d".formatted((n >> 16) & 255, (n >> 8) & 255, n & 255));
				return request;
			})).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void row(String what, long[] nanos, double rate) {
		lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f/s |", what, nanos.length,
				percentile(nanos, 50), percentile(nanos, 95), Arrays.stream(nanos).max().orElse(0) / 1e6, rate));
	}

	static double percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
