package nl.ambtenaaronline.training.demo;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The second check of the demo's database, on the connection itself:
 * {@link DemoDatabaseGuard} reads {@code spring.datasource.url}, but a pool can be
 * pointed elsewhere by its own settings ({@code spring.datasource.hikari.jdbc-url}) or by
 * a data source of the installation. Before Flyway or any demo data touches it, the URL
 * the database itself reports must be an in-memory H2 or the demo's own file.
 */
@Component
@Profile("demo")
class DemoConnectionGuard implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			String url = connectedUrl(dataSource);
			if (!DemoDatabaseGuard.allowed(url)) {
				throw new IllegalStateException("The demo profile refuses to start against " + url
						+ " (the database the connection reached): demo data must never reach a real database.");
			}
		}
		return bean;
	}

	private static String connectedUrl(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The demo profile could not check its database: " + ex.getMessage(), ex);
		}
	}

}
