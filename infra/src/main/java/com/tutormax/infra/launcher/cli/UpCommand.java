package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.Fleet;
import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.FleetStartException;
import com.tutormax.infra.launcher.LauncherLock;
import com.tutormax.infra.launcher.readiness.ReadinessProgress;
import com.tutormax.infra.launcher.service.FleetService;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code up}: starts the fleet in the foreground and keeps it running until SIGINT/SIGTERM, which
 * stop it cleanly through a shutdown hook.
 */
public final class UpCommand {

  private final PrintStream out;
  private final PrintStream err;

  public UpCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(FleetOptions options) {
    Optional<ProcessHandle> running = LauncherLock.running(options.layout());
    if (running.isPresent()) {
      err.println(
          "TutorMax is already running (launcher pid "
              + running.get().pid()
              + "): ./tutormax status shows it, ./tutormax down stops it.");
      return 1;
    }
    out.println("TutorMax: starting the local fleet");
    Fleet fleet = new Fleet(options, out::println);
    Thread stopper =
        new Thread(
            () -> {
              out.println("Stopping the fleet...");
              fleet.close();
            },
            "tutormax-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      fleet.start();
    } catch (FleetStartException e) {
      if (isStopping(stopper)) {
        fleet.awaitClosed();
        return 130;
      }
      err.println("TutorMax did not start: " + e.getMessage());
      err.println("Stopping what did start...");
      Runtime.getRuntime().removeShutdownHook(stopper);
      fleet.close();
      return 1;
    }
    out.println();
    out.println(
        "All "
            + FleetService.values().length
            + " services ready in "
            + ReadinessProgress.seconds(fleet.startupTime()));
    out.println("  Dashboard: " + fleet.gatewayUrl());
    if (fleet.adminLogin().createdNow()) {
      // Printed once, on the run that generated it; kept in .tutormax/admin-login (0600).
      out.println(
          "  Admin:     "
              + fleet.adminLogin().email()
              + " / "
              + fleet.adminLogin().password()
              + "  (shown once; also in "
              + options.layout().adminLogin()
              + ")");
    }
    out.println("  Logs:      " + options.layout().logs() + "  (./tutormax logs [service])");
    out.println("  Stop:      Ctrl-C here, or ./tutormax down from another terminal");
    fleet.awaitClosed();
    return 0;
  }

  /** True once the JVM is shutting down (our hook is then registered and running). */
  private static boolean isStopping(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      Runtime.getRuntime().addShutdownHook(hook);
      return false;
    } catch (IllegalStateException shuttingDown) {
      return true;
    }
  }
}
