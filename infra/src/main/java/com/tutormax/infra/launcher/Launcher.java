package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.cli.DeadLettersCommand;
import com.tutormax.infra.launcher.cli.DownCommand;
import com.tutormax.infra.launcher.cli.QualityCommand;
import com.tutormax.infra.launcher.cli.ResetCommand;
import com.tutormax.infra.launcher.cli.StatusCommand;
import com.tutormax.infra.launcher.cli.UpCommand;
import com.tutormax.infra.launcher.cli.Usage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local launcher: {@code up}, {@code down}, {@code status}, {@code reset}, {@code quality},
 * {@code dead-letters}. Run by {@code ./tutormax}, or directly: {@code java -cp
 * infra/target/classes:infra/target/lib/* com.tutormax.infra.launcher.Launcher up} from the
 * repository root.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "tutormax-launcher-logback.xml");
    }
    int exitCode = run(args);
    System.exit(exitCode);
  }

  static int run(String[] args) {
    String command = args.length == 0 ? "help" : args[0];
    FleetOptions options = FleetOptions.forRepository(repositoryRoot());
    return switch (command) {
      case "up" -> new UpCommand(System.out, System.err).run(options);
      case "down" -> new DownCommand(System.out).run(options.layout());
      case "status" -> new StatusCommand(System.out).run(options);
      case "reset" -> new ResetCommand(System.out).run(options.layout());
      case "quality" -> new QualityCommand(System.out, System.err).run(options);
      case "dead-letters" ->
          new DeadLettersCommand(System.out, System.err)
              .run(options, java.util.Arrays.asList(args).subList(1, args.length));
      case "help", "-h", "--help" -> {
        System.out.print(Usage.TEXT);
        yield 0;
      }
      default -> {
        System.err.println("unknown command: " + command);
        System.err.print(Usage.TEXT);
        yield 2;
      }
    };
  }

  /** {@code -Dtutormax.root}, else the checkout these classes were built in, else the cwd. */
  static Path repositoryRoot() {
    String property = System.getProperty("tutormax.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    try {
      Path classes =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = classes.getParent() == null ? null : classes.getParent().getParent();
      root = root == null ? null : root.getParent();
      if (root != null && Files.isRegularFile(root.resolve("mvnw"))) {
        return root;
      }
    } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
      // Fall through to the working directory.
    }
    return Path.of("").toAbsolutePath();
  }
}
