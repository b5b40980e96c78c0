package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.postgres.EmbeddedPostgresServer;
import com.tutormax.infra.launcher.process.PidRegistry;
import com.tutormax.infra.launcher.process.ProcessStopper;
import com.tutormax.infra.launcher.service.FleetService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Stops what a launcher that died hard (kill -9) left running, from its pid files and PostgreSQL's
 * postmaster.pid, in the order a clean stop uses: services, Kafka, Redis, PostgreSQL.
 */
public final class OrphanSweeper {

  static final String POSTGRES = "postgres";
  static final String REDIS = "redis";
  static final String KAFKA = "kafka";
  private static final Set<String> SERVICES =
      Arrays.stream(FleetService.values())
          .map(FleetService::serviceName)
          .collect(Collectors.toUnmodifiableSet());

  private OrphanSweeper() {}

  /**
   * Stops every recorded process still alive and forgets all pid files; returns what it stopped.
   */
  public static List<String> sweep(FleetLayout layout) {
    PidRegistry pids = new PidRegistry(layout.pids());
    Map<String, ProcessHandle> alive = alive(layout);
    List<String> stopped = new ArrayList<>();
    alive.forEach((name, process) -> stopped.add(name + " (pid " + process.pid() + ")"));

    ProcessStopper.terminateAll(
        alive.entrySet().stream()
            .filter(e -> SERVICES.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .toList(),
        Duration.ofSeconds(30));
    alive.forEach(
        (name, process) -> {
          if (!SERVICES.contains(name) && !Set.of(KAFKA, REDIS, POSTGRES).contains(name)) {
            ProcessStopper.terminate(process, Duration.ofSeconds(15));
          }
        });
    Optional.ofNullable(alive.get(KAFKA))
        .ifPresent(p -> ProcessStopper.terminate(p, Duration.ofSeconds(60)));
    Optional.ofNullable(alive.get(REDIS))
        .ifPresent(p -> ProcessStopper.terminate(p, Duration.ofSeconds(15)));
    Optional.ofNullable(alive.get(POSTGRES)).ifPresent(EmbeddedPostgresServer::stopOrphan);
    pids.recorded().keySet().forEach(pids::forget);
    return stopped;
  }

  /** What still runs of a fleet, by name (its recorded processes and its postmaster). */
  public static Map<String, ProcessHandle> alive(FleetLayout layout) {
    Map<String, ProcessHandle> alive = new TreeMap<>(new PidRegistry(layout.pids()).alive());
    if (!alive.containsKey(POSTGRES)) {
      EmbeddedPostgresServer.postmaster(layout.postgres()).ifPresent(p -> alive.put(POSTGRES, p));
    }
    return alive;
  }
}
