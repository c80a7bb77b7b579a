package nl.ambtenaaronline.training;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test configuration shared by service and view tests: the demo city in an
 * in-memory H2, so every test class reuses the same cached context. Each test starts when
 * the listeners of that context have handled what earlier tests published. Without the
 * demo's example course ({@code app.demo.example-course}): every course is assigned to
 * everyone, and the tests here count on the one real course; the browser journeys have
 * it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestFixtures.class)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:ao-test;DB_CLOSE_DELAY=-1",
		"vaadin.launch-browser=false", "app.metrics.password=" + IntegrationTest.METRICS_PASSWORD,
		"app.audit.anchor-key=integration-test-anchor-key-0123456789", "app.demo.example-course=false" })
@ActiveProfiles("demo")
@ExtendWith(ListenersQuiet.class)
public @interface IntegrationTest {

	/** The password of the metrics user ({@code prometheus}) in the tests. */
	String METRICS_PASSWORD = "test-metrics-password-2026";

}
