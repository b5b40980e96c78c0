package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.FleetLayout;
import com.tutormax.infra.launcher.LauncherLock;
import com.tutormax.infra.launcher.OrphanSweeper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code reset}: deletes the fleet's data folder, but never under a running fleet. */
public final class ResetCommand {

  private final PrintStream out;

  public ResetCommand(PrintStream out) {
    this.out = out;
  }

  public int run(FleetLayout layout) {
    if (LauncherLock.running(layout).isPresent() || !OrphanSweeper.alive(layout).isEmpty()) {
      out.println("The fleet is running: stop it first with ./tutormax down");
      return 1;
    }
    Path root = layout.root();
    if (!Files.exists(root)) {
      out.println("Nothing to delete: " + root + " does not exist.");
      return 0;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
    out.println("Deleted " + root + " (database, Kafka data, logs, secret key, CDS archives).");
    return 0;
  }
}
