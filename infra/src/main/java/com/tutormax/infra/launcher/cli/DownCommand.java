package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.FleetLayout;
import com.tutormax.infra.launcher.LauncherLock;
import com.tutormax.infra.launcher.OrphanSweeper;
import com.tutormax.infra.launcher.process.ProcessStopper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code down}: SIGTERM to the running launcher (which stops its fleet in order) and wait until it
 * and every recorded process are gone; with no live launcher, stop what a crashed one left.
 */
public final class DownCommand {

  private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(150);
  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private final PrintStream out;

  public DownCommand(PrintStream out) {
    this.out = out;
  }

  public int run(FleetLayout layout) {
    Optional<ProcessHandle> launcher = LauncherLock.running(layout);
    boolean didSomething = false;
    if (launcher.isPresent()) {
      didSomething = true;
      stopLauncher(launcher.get());
    }
    List<String> leftovers = OrphanSweeper.sweep(layout);
    if (!leftovers.isEmpty()) {
      didSomething = true;
      out.println("Stopped leftovers: " + String.join(", ", leftovers));
    }
    deleteStaleLauncherPid(layout);
    Map<String, ProcessHandle> alive = OrphanSweeper.alive(layout);
    if (!alive.isEmpty()) {
      out.println("Still running: " + alive.keySet());
      return 1;
    }
    out.println(didSomething ? "Stopped." : "Nothing was running.");
    return 0;
  }

  private void stopLauncher(ProcessHandle launcher) {
    out.println("Stopping the fleet (launcher pid " + launcher.pid() + ")...");
    launcher.destroy();
    long waited = 0;
    while (waited < LAUNCHER_GRACE.toSeconds()) {
      if (ProcessStopper.awaitExit(launcher, REPORT_EVERY)) {
        return;
      }
      waited += REPORT_EVERY.toSeconds();
      out.println("  still stopping (" + waited + " s)...");
    }
    out.println("The launcher did not stop in " + LAUNCHER_GRACE.toSeconds() + " s; killing it");
    ProcessStopper.killHard(launcher);
  }

  private static void deleteStaleLauncherPid(FleetLayout layout) {
    if (LauncherLock.running(layout).isEmpty()) {
      try {
        Files.deleteIfExists(layout.launcherPid());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
