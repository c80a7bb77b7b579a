package nl.ambtenaaronline.training.shared;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A missing or unreachable database at start-up gives one clear message that names the
 * URL and the cause, instead of a page of stack trace.
 */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	public DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = cause.getSQLState();
		boolean connection = state != null
				&& (state.startsWith("08") || state.equals("3D000") || state.equals("28P01") || state.equals("28000"));
		if (!connection) {
			return null;
		}
		String url = environment.getProperty("spring.datasource.url", "(unset)");
		return new FailureAnalysis("Cannot reach the database at " + url + ": " + cause.getMessage(),
				"Check that the database server runs and is reachable, and that SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.",
				cause);
	}

}
