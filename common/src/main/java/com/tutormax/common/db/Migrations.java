package com.tutormax.common.db;

import com.tutormax.common.config.TutorMaxProperties;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A service's Liquibase migrations, run over JDBC into the service's own schema: at start and by
 * the {@code db} command (status, update, rollback, history: the guide's Alembic commands).
 */
public class Migrations {

  private final TutorMaxProperties.Db db;

  public Migrations(TutorMaxProperties.Db db) {
    this.db = db;
  }

  /** A changeset in the changelog: applied or pending. */
  public record Change(String id, String author, String changelog, boolean applied) {}

  /** An applied changeset, in the order it ran. */
  public record Applied(String id, String author, String changelog, Instant executedAt) {}

  public String schema() {
    return db.schema();
  }

  /** Applies every pending changeset (alembic upgrade head); returns how many ran. */
  public int update() {
    return withLiquibase(
        liquibase -> {
          int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
          liquibase.update(new Contexts(), new LabelExpression());
          return pending;
        });
  }

  /** Rolls back the last {@code count} applied changesets (alembic downgrade -N). */
  public int rollback(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Roll back at least one changeset");
    }
    return withLiquibase(
        liquibase -> {
          int applied = liquibase.getDatabase().getRanChangeSetList().size();
          int toRollBack = Math.min(count, applied);
          if (toRollBack > 0) {
            liquibase.rollback(toRollBack, null);
          }
          return toRollBack;
        });
  }

  /** Rolls back everything (alembic downgrade base). */
  public int rollbackAll() {
    return withLiquibase(
        liquibase -> {
          int applied = liquibase.getDatabase().getRanChangeSetList().size();
          if (applied > 0) {
            liquibase.rollback(applied, null);
          }
          return applied;
        });
  }

  /** Every changeset of the changelog with whether it is applied (alembic current). */
  public List<Change> status() {
    return withLiquibase(
        liquibase -> {
          List<ChangeSet> pending =
              liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
          return liquibase.getDatabaseChangeLog().getChangeSets().stream()
              .map(
                  cs ->
                      new Change(
                          cs.getId(), cs.getAuthor(), cs.getFilePath(), !pending.contains(cs)))
              .toList();
        });
  }

  /** Applied changesets, oldest first (alembic history). */
  public List<Applied> history() {
    return withLiquibase(
        liquibase -> {
          List<RanChangeSet> ran = liquibase.getDatabase().getRanChangeSetList();
          return ran.stream()
              .map(
                  r ->
                      new Applied(
                          r.getId(),
                          r.getAuthor(),
                          r.getChangeLog(),
                          r.getDateExecuted() == null ? null : r.getDateExecuted().toInstant()))
              .toList();
        });
  }

  private interface LiquibaseWork<T> {
    T run(Liquibase liquibase) throws LiquibaseException;
  }

  private <T> T withLiquibase(LiquibaseWork<T> work) {
    try (Connection connection =
        DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
      try (Statement statement = connection.createStatement()) {
        // Liquibase keeps its own tables in the service schema, so the schema must exist first.
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + quoted(db.schema()));
      }
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(db.schema());
      database.setLiquibaseSchemaName(db.schema());
      String changelog = db.changelog().replaceFirst("^classpath:", "");
      try (Liquibase liquibase =
          new Liquibase(
              changelog, new SpringResourceAccessor(new DefaultResourceLoader()), database)) {
        return work.run(liquibase);
      }
    } catch (SQLException | LiquibaseException e) {
      throw new MigrationException("Migration of schema " + db.schema() + " failed", e);
    } catch (Exception e) {
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new MigrationException("Migration of schema " + db.schema() + " failed", e);
    }
  }

  private static String quoted(String identifier) {
    if (!identifier.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Schema names are lower-case identifiers: " + identifier);
    }
    return identifier;
  }

  /** A migration could not be applied, rolled back or read. */
  public static class MigrationException extends RuntimeException {
    public MigrationException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
