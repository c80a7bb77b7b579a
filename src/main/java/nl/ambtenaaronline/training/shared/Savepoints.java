package nl.ambtenaaronline.training.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an insert that a unique key may refuse (a repeated request, a second window)
 * inside a JDBC savepoint of the current transaction, so that the refusal does not abort
 * the surrounding transaction — which PostgreSQL would do for any error inside a
 * transaction.
 */
@Component
public class Savepoints {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	Savepoints(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Takes the lock row of each person in a feature's lock table (one column,
	 * {@code employee_id}, its primary key), in the given ascending order; a person's
	 * first lock row is inserted on the way, and a concurrent insert of the same row is
	 * no error. Writers that all lock this way take turns per person and never wait for
	 * each other in a circle.
	 * @param lockTable the feature's own lock table, a constant of the caller
	 */
	public void lockInOrder(String lockTable, List<Long> sortedIds) {
		for (long id : sortedIds) {
			insertUnlessDuplicate(() -> jdbc.update("insert into " + lockTable + " (employee_id) values (?)", id));
			jdbc.queryForList("select employee_id from " + lockTable + " where employee_id = ? for update", Long.class,
					id);
		}
	}

	/**
	 * Runs the insert.
	 * @return whether the insert went in; {@code false} when a unique key refused it
	 */
	public boolean insertUnlessDuplicate(Runnable insert) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			try {
				insert.run();
				return true;
			}
			catch (DuplicateKeyException duplicate) {
				return false;
			}
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Savepoint savepoint;
		try {
			savepoint = connection.setSavepoint();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot set a savepoint", ex);
		}
		try {
			insert.run();
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (DuplicateKeyException duplicate) {
			try {
				connection.rollback(savepoint);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot roll back to the savepoint", ex);
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot release the savepoint", ex);
		}
	}

}
