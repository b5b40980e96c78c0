package com.tutormax.infra.launcher.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The database the services share (each in its own schema): role and database {@code tutormax}, the
 * services' local defaults. Created once; a resumed server already has them.
 */
public record TutorMaxDatabase(String name, String user, String password) {

  public static final TutorMaxDatabase DEFAULT =
      new TutorMaxDatabase("tutormax", "tutormax", "tutormax");

  /** Creates role and database when missing, connecting as the superuser. */
  public static TutorMaxDatabase ensureExists(DataSource superuser) {
    TutorMaxDatabase db = DEFAULT;
    try (Connection connection = superuser.getConnection();
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", db.user)) {
        statement.execute(
            "CREATE ROLE " + db.user + " LOGIN PASSWORD '" + db.password + "' CREATEDB");
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", db.name)) {
        statement.execute("CREATE DATABASE " + db.name + " OWNER " + db.user);
      }
      return db;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the tutormax database", e);
    }
  }

  /** The services' DATABASE_URL. */
  public String url(String host, int port) {
    return "postgresql://" + user + ":" + password + "@" + host + ":" + port + "/" + name;
  }

  public String jdbcUrl(String host, int port) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  private static boolean exists(Connection connection, String query, String value)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }
}
