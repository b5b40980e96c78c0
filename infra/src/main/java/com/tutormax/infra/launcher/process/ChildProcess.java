package com.tutormax.infra.launcher.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a child process with its output in a log file and, where {@code setsid} exists, in a
 * session of its own: Ctrl-C in the launcher's terminal then reaches only the launcher, which stops
 * the children in order (services before Kafka before PostgreSQL).
 */
public final class ChildProcess {

  private static final List<String> SETSID = findSetsid();

  private ChildProcess() {}

  /**
   * Starts {@code command} with exactly {@code environment}, appending stdout and stderr to {@code
   * log} (or truncating it when {@code append} is false).
   */
  public static Process start(
      List<String> command, Map<String, String> environment, Path log, boolean append) {
    List<String> full = new ArrayList<>(SETSID);
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Files.createDirectories(log.getParent());
      builder.redirectOutput(
          append
              ? ProcessBuilder.Redirect.appendTo(log.toFile())
              : ProcessBuilder.Redirect.to(log.toFile()));
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    }
  }

  private static List<String> findSetsid() {
    for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return List.of(candidate);
      }
    }
    return List.of();
  }
}
