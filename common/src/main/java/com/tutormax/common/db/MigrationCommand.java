package com.tutormax.common.db;

import com.tutormax.common.config.TutorMaxProperties;
import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar <service>.jar db <status|update|rollback [N|all]|history>}: the service's
 * migrations without starting it. Reads the same configuration as the service (application.yml,
 * environment variables) but creates no beans besides it.
 */
public final class MigrationCommand {

  static final String USAGE =
      "usage: db status | db update | db rollback [N|all] | db history\n"
          + "  status    every changeset, applied or pending (alembic current)\n"
          + "  update    apply pending changesets (alembic upgrade head)\n"
          + "  rollback  undo the last N changesets, default 1, or all (alembic downgrade)\n"
          + "  history   applied changesets, oldest first (alembic history)";

  private MigrationCommand() {}

  /** Runs the command; returns the process exit code. */
  public static int run(Class<?> application, String[] args, PrintStream out) {
    if (args.length == 0) {
      out.println(USAGE);
      return 2;
    }
    SpringApplication app = new SpringApplication(EnvironmentOnly.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setMainApplicationClass(application);
    // A command line argument outranks any application.yml setting of the web application type.
    try (ConfigurableApplicationContext context =
        app.run("--spring.main.web-application-type=none")) {
      TutorMaxProperties.Db db =
          Binder.get(context.getEnvironment())
              .bind("tutormax.db", TutorMaxProperties.Db.class)
              .orElseThrow(() -> new IllegalStateException("tutormax.db is not configured"));
      return execute(new Migrations(db), args, out);
    }
  }

  static int execute(Migrations migrations, String[] args, PrintStream out) {
    String schema = migrations.schema();
    switch (args[0]) {
      case "status" -> {
        var changes = migrations.status();
        long applied = changes.stream().filter(Migrations.Change::applied).count();
        out.printf("schema %s: %d of %d changesets applied%n", schema, applied, changes.size());
        changes.forEach(
            c ->
                out.printf(
                    "  [%s] %s::%s (%s)%n",
                    c.applied() ? "applied" : "pending", c.id(), c.author(), c.changelog()));
        return 0;
      }
      case "update" -> {
        int ran = migrations.update();
        out.printf("schema %s: applied %d changeset(s)%n", schema, ran);
        return 0;
      }
      case "rollback" -> {
        String what = args.length > 1 ? args[1] : "1";
        int undone;
        if ("all".equals(what) || "base".equals(what)) {
          undone = migrations.rollbackAll();
        } else {
          int count;
          try {
            count = Integer.parseInt(what.replaceFirst("^-", ""));
          } catch (NumberFormatException e) {
            out.println("rollback takes a count or 'all', not: " + what);
            return 2;
          }
          undone = migrations.rollback(count);
        }
        out.printf("schema %s: rolled back %d changeset(s)%n", schema, undone);
        return 0;
      }
      case "history" -> {
        var history = migrations.history();
        out.printf("schema %s: %d changeset(s) applied%n", schema, history.size());
        history.forEach(
            h ->
                out.printf(
                    "  %s %s::%s (%s)%n", h.executedAt(), h.id(), h.author(), h.changelog()));
        return 0;
      }
      default -> {
        out.println("unknown db command: " + String.join(" ", Arrays.asList(args)));
        out.println(USAGE);
        return 2;
      }
    }
  }

  /** No beans: the context exists only to load the service's configuration. */
  @Configuration(proxyBeanMethods = false)
  static class EnvironmentOnly {}
}
