package nl.ambtenaaronline.training.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run as a separate JVM by {@link H2KillTest}: commits rows one by one and reports each
 * commit on standard output, until it is killed.
 */
public final class H2KillChild {

	private H2KillChild() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists answer (id int primary key, payload varchar(100))");
			}
			int start;
			try (Statement statement = connection.createStatement();
					var rows = statement.executeQuery("select coalesce(max(id), 0) from answer")) {
				rows.next();
				start = rows.getInt(1) + 1;
			}
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into answer values (?, ?)")) {
				for (int i = start; i < Integer.MAX_VALUE; i++) {
					insert.setInt(1, i);
					insert.setString(2, "answer " + i);
					insert.executeUpdate();
					connection.commit();
					System.out.println("COMMITTED " + i);
					System.out.flush();
					Thread.sleep(2);
				}
			}
		}
	}

}
