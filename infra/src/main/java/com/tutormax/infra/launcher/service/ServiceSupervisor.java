package com.tutormax.infra.launcher.service;

import com.tutormax.infra.launcher.process.ChildProcess;
import com.tutormax.infra.launcher.process.LogTail;
import com.tutormax.infra.launcher.process.PidRegistry;
import com.tutormax.infra.launcher.process.PortWait;
import com.tutormax.infra.launcher.process.ProcessStopper;
import com.tutormax.infra.launcher.readiness.ReadinessProbe;
import com.tutormax.infra.launcher.readiness.ReadinessProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the seven service JVMs: starts them (each logging to {@code <service>.log}, its pid
 * recorded), waits for their readiness, restarts or kills one, and stops them all in parallel.
 */
public final class ServiceSupervisor implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PROGRESS_EVERY = Duration.ofMillis(2500);
  private static final int TAIL_LINES = 40;

  private final ServiceJars jars;
  private final ClassDataSharing cds;
  private final String java;
  private final Path logs;
  private final PidRegistry pids;
  private final Consumer<String> out;
  private final ReadinessProbe probe = new ReadinessProbe();
  private final Map<FleetService, ServiceProcess> running = new EnumMap<>(FleetService.class);
  private final Set<Process> expectedExits = Collections.newSetFromMap(new IdentityHashMap<>());
  private Function<FleetService, Map<String, String>> environment;
  private boolean closing;

  /**
   * @param cds class data sharing, or null to run the fat jars as they are
   */
  public ServiceSupervisor(
      ServiceJars jars,
      ClassDataSharing cds,
      String java,
      Path logs,
      PidRegistry pids,
      Consumer<String> out) {
    this.jars = jars;
    this.cds = cds;
    this.java = java;
    this.logs = logs;
    this.pids = pids;
    this.out = out;
  }

  /** Finds every jar and, with class data sharing, extracts the ones that changed. */
  public void prepare() {
    for (FleetService service : FleetService.values()) {
      launch(service);
    }
  }

  /** Starts all seven (without waiting for them); {@code environment} gives each one's. */
  public void startAll(Function<FleetService, Map<String, String>> environment) {
    synchronized (this) {
      this.environment = environment;
    }
    for (FleetService service : FleetService.values()) {
      start(service);
    }
  }

  /** Starts one service (which must not be running). */
  public ServiceProcess start(FleetService service) {
    ClassDataSharing.Launch launch = launch(service);
    synchronized (this) {
      if (closing) {
        throw new ServiceStartException("the fleet is stopping");
      }
      ServiceProcess current = running.get(service);
      if (current != null && current.isAlive()) {
        throw new IllegalStateException(service + " is already running");
      }
      Map<String, String> env = environment.apply(service);
      Path log = logs.resolve(service.serviceName() + ".log");
      rotate(log);
      List<String> command = ServiceJvm.command(java, service, launch.jar(), launch.jvmOptions());
      Process process = ChildProcess.start(command, env, log, false);
      ServiceProcess started =
          new ServiceProcess(
              service, process, Integer.parseInt(env.get("PORT")), log, launch.recording());
      running.put(service, started);
      pids.record(service.serviceName(), process.toHandle());
      process.onExit().thenAccept(p -> exited(started));
      return started;
    }
  }

  /**
   * Waits until every service is ready, printing a progress line every few seconds; throws with the
   * tail of its log when a service exits, or when {@code deadline} passes.
   */
  public void awaitAllReady(
      Instant startedAt, Instant deadline, Consumer<String> progress, BooleanSupplier abandoned) {
    List<String> ready = new ArrayList<>();
    List<FleetService> waiting = new ArrayList<>(List.of(FleetService.values()));
    Instant nextProgress = Instant.now().plus(PROGRESS_EVERY);
    while (true) {
      Map<Integer, FleetService> byPort = new LinkedHashMap<>();
      for (FleetService service : waiting) {
        byPort.put(requireAlive(service).port(), service);
      }
      probe
          .checkAll(byPort.keySet())
          .forEach(
              (port, readiness) -> {
                if (readiness.ready()) {
                  waiting.remove(byPort.get(port));
                  ready.add(byPort.get(port).serviceName());
                }
              });
      if (waiting.isEmpty()) {
        return;
      }
      Instant now = Instant.now();
      if (abandoned.getAsBoolean()) {
        throw new ServiceStartException("the fleet is stopping");
      }
      if (now.isAfter(deadline)) {
        throw new ServiceStartException(notReadyReport(waiting, Duration.between(startedAt, now)));
      }
      if (!now.isBefore(nextProgress)) {
        progress.accept(
            ReadinessProgress.line(
                Duration.between(startedAt, now),
                ready,
                waiting.stream().map(FleetService::serviceName).toList()));
        nextProgress = now.plus(PROGRESS_EVERY);
      }
      PortWait.sleep(POLL);
    }
  }

  /** Waits until one service is ready; throws when it exits or the timeout passes. */
  public void awaitReady(FleetService service, Duration timeout) {
    Instant started = Instant.now();
    Instant deadline = started.plus(timeout);
    while (true) {
      ServiceProcess process = requireAlive(service);
      if (probe.check(process.port()).ready()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ServiceStartException(notReadyReport(List.of(service), timeout));
      }
      PortWait.sleep(POLL);
    }
  }

  /** kill -9, and wait until the process is gone. */
  public void killHard(FleetService service) {
    ServiceProcess process = expectExit(service);
    if (process != null) {
      process.killHard();
      afterStop(process, false);
    }
  }

  /** Stops the service if it runs (SIGTERM) and starts it again; does not wait for readiness. */
  public ServiceProcess restart(FleetService service) {
    ServiceProcess process = expectExit(service);
    if (process != null && process.isAlive()) {
      afterStop(process, process.stop());
    }
    return start(service);
  }

  public synchronized Optional<ServiceProcess> process(FleetService service) {
    return Optional.ofNullable(running.get(service));
  }

  /**
   * SIGTERM to all at once; SIGKILL to those still running after 30 s (150 s for a JVM writing its
   * class-data archive).
   */
  @Override
  public void close() {
    List<ServiceProcess> stopping;
    synchronized (this) {
      closing = true;
      stopping = new ArrayList<>(running.values());
      stopping.forEach(p -> expectedExits.add(p.process()));
    }
    Map<ProcessHandle, Duration> graces = new LinkedHashMap<>();
    stopping.stream()
        .filter(ServiceProcess::isAlive)
        .forEach(p -> graces.put(p.handle(), p.stopGrace()));
    if (stopping.stream().anyMatch(p -> p.isAlive() && p.recordingClassData())) {
      out.accept(
          "Writing class-data archives for faster starts (first stop only, up to a minute)...");
    }
    Map<ProcessHandle, Boolean> clean = ProcessStopper.terminateAll(graces);
    for (ServiceProcess process : stopping) {
      afterStop(process, clean.getOrDefault(process.handle(), false));
    }
  }

  private ClassDataSharing.Launch launch(FleetService service) {
    Path jar = jars.require(service);
    return cds == null
        ? new ClassDataSharing.Launch(jar, List.of(), false)
        : cds.prepare(service, jar);
  }

  private ServiceProcess requireAlive(FleetService service) {
    ServiceProcess process =
        process(service).orElseThrow(() -> new ServiceStartException(service + " is not started"));
    if (!process.isAlive()) {
      throw new ServiceStartException(
          service
              + " exited with code "
              + process.process().exitValue()
              + "; "
              + process.log()
              + " ends with:\n"
              + LogTail.of(process.log(), TAIL_LINES));
    }
    return process;
  }

  private String notReadyReport(List<FleetService> waiting, Duration after) {
    StringBuilder report =
        new StringBuilder("not ready after " + after.toSeconds() + " s: " + waiting);
    for (FleetService service : waiting) {
      Path log = logs.resolve(service.serviceName() + ".log");
      report.append("\n--- ").append(log).append(" ends with:\n").append(LogTail.of(log, 15));
    }
    return report.toString();
  }

  private synchronized ServiceProcess expectExit(FleetService service) {
    ServiceProcess process = running.get(service);
    if (process != null) {
      expectedExits.add(process.process());
    }
    return process;
  }

  private void afterStop(ServiceProcess process, boolean clean) {
    if (cds != null) {
      cds.stopped(process.service(), clean);
    }
    synchronized (this) {
      if (running.get(process.service()) == process) {
        pids.forget(process.service().serviceName());
      }
    }
  }

  private void exited(ServiceProcess process) {
    boolean expected;
    synchronized (this) {
      expected = closing || expectedExits.remove(process.process());
    }
    if (!expected) {
      out.accept(
          process.service()
              + " exited with code "
              + process.process().exitValue()
              + "; see "
              + process.log());
    }
  }

  private static void rotate(Path log) {
    try {
      if (Files.isRegularFile(log)) {
        Files.move(
            log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rotate " + log, e);
    }
  }
}
