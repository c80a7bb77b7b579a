package nl.ambtenaaronline.training.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.ambtenaaronline.training.ListenersQuiet;
import nl.ambtenaaronline.training.TestFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Tests against the PostgreSQL of this machine (127.0.0.1:5432, database test, user
 * postgres), in a schema of their own that {@link PostgresSchema} recreates. Tagged, and
 * run when {@code -Dpostgres.tests=true}; a missing server then fails, it does not skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@Import(TestFixtures.class)
@SpringBootTest(properties = { "spring.datasource.url=" + PostgresSchema.URL, "spring.datasource.username=postgres",
		"spring.datasource.password=", "spring.flyway.schemas=" + PostgresSchema.SCHEMA,
		"spring.flyway.default-schema=" + PostgresSchema.SCHEMA, "app.public-base-url=https://training.example.nl" })
@ExtendWith(ListenersQuiet.class)
public @interface PostgresTest {

}
