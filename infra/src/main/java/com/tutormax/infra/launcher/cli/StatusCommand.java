package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.LauncherLock;
import com.tutormax.infra.launcher.OrphanSweeper;
import com.tutormax.infra.launcher.readiness.ReadinessProbe;
import com.tutormax.infra.launcher.service.FleetService;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code status}: each service's readiness, and which servers run. Exit 0 when all are ready. */
public final class StatusCommand {

  private final PrintStream out;
  private final ReadinessProbe probe = new ReadinessProbe();

  public StatusCommand(PrintStream out) {
    this.out = out;
  }

  public int run(FleetOptions options) {
    Optional<ProcessHandle> launcher = LauncherLock.running(options.layout());
    out.println(
        "launcher             "
            + launcher.map(p -> "running (pid " + p.pid() + ")").orElse("not running"));
    Map<String, ProcessHandle> alive = OrphanSweeper.alive(options.layout());
    int ready = 0;
    for (FleetService service : FleetService.values()) {
      int port = options.ports().service(service);
      String state;
      ProcessHandle process = alive.get(service.serviceName());
      if (process == null) {
        state = "not running";
      } else {
        ReadinessProbe.Readiness readiness = probe.check(port);
        state = readiness.detail() + " (pid " + process.pid() + ")";
        ready += readiness.ready() ? 1 : 0;
      }
      out.printf("%-20s %5d  %s%n", service.serviceName(), port, state);
    }
    for (String server : List.of("postgres", "redis", "kafka")) {
      ProcessHandle process = alive.get(server);
      out.printf(
          "%-20s %5s  %s%n",
          server,
          "",
          process == null ? "not running (or external)" : "running (pid " + process.pid() + ")");
    }
    if (launcher.isEmpty() && !alive.isEmpty()) {
      out.println(
          "The launcher is gone but its processes still run: ./tutormax down stops them"
              + " (./tutormax up also cleans them up first).");
    }
    if (ready == FleetService.values().length) {
      out.println(
          "All services ready: http://localhost:"
              + options.ports().service(FleetService.GATEWAY)
              + "/");
      return 0;
    }
    return 3;
  }
}
