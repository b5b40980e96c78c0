package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.process.PidRegistry;
import com.tutormax.infra.launcher.readiness.ReadinessProgress;
import com.tutormax.infra.launcher.secret.AdminLogin;
import com.tutormax.infra.launcher.secret.SecretKeyFile;
import com.tutormax.infra.launcher.service.BackingUrls;
import com.tutormax.infra.launcher.service.ClassDataSharing;
import com.tutormax.infra.launcher.service.FleetService;
import com.tutormax.infra.launcher.service.ServiceEnvironment;
import com.tutormax.infra.launcher.service.ServiceJars;
import com.tutormax.infra.launcher.service.ServiceProcess;
import com.tutormax.infra.launcher.service.ServiceSupervisor;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The whole local TutorMax: PostgreSQL, Redis and a Kafka broker (embedded unless the environment
 * names them), then the seven service JVMs, each ready before {@link #start} returns. Used by
 * {@code ./tutormax up} and by the system tests alike.
 *
 * <pre>{@code
 * try (Fleet fleet = Fleet.start(FleetOptions.forRepository(root), System.out::println)) {
 *   fleet.gatewayUrl(); ...
 * }
 * }</pre>
 */
public final class Fleet implements AutoCloseable {

  private final FleetOptions options;
  private final Consumer<String> out;
  private final PidRegistry pids;
  private final BackingServices backing;
  private final ServiceSupervisor services;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final CountDownLatch startReturned = new CountDownLatch(1);
  private volatile boolean closing;
  private boolean starting;
  private LauncherLock lock;
  private BackingUrls backingUrls;
  private Duration startupTime;
  private volatile AdminLogin adminLogin;

  /** A fleet not yet started: register its {@link #close} (e.g. as a shutdown hook) first. */
  public Fleet(FleetOptions options, Consumer<String> out) {
    this.options = options;
    this.out = out;
    this.pids = new PidRegistry(options.layout().pids());
    this.backing = new BackingServices(options, pids, out);
    ClassDataSharing cds =
        options.classDataSharing()
            ? new ClassDataSharing(options.layout().cds(), options.java())
            : null;
    this.services =
        new ServiceSupervisor(
            new ServiceJars(options.repositoryRoot()),
            cds,
            options.java(),
            options.layout().logs(),
            pids,
            out);
  }

  /** Starts a fleet and waits until all seven services are ready; stops it again on failure. */
  public static Fleet start(FleetOptions options, Consumer<String> out) {
    Fleet fleet = new Fleet(options, out);
    try {
      fleet.start();
      return fleet;
    } catch (RuntimeException e) {
      fleet.close();
      throw e;
    }
  }

  /**
   * Cleans up after a launcher that died, starts everything and waits for readiness (at most the
   * options' start timeout). Throws {@link FleetStartException}; the caller then calls {@link
   * #close}.
   */
  public void start() {
    Instant startedAt = Instant.now();
    ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
    try {
      FleetLayout layout = options.layout();
      layout.createDirectories();
      synchronized (this) {
        if (closing) {
          throw new FleetStartException("the fleet was stopped before it started");
        }
        starting = true;
        lock = LauncherLock.claim(layout);
      }
      List<String> orphans = OrphanSweeper.sweep(layout);
      if (!orphans.isEmpty()) {
        out.accept("Stopped what a previous run left behind: " + String.join(", ", orphans));
      }
      requireFreePorts();
      String secretKey = secretKey();
      adminLogin = AdminLogin.readOrCreate(layout.adminLogin());
      out.accept("Starting PostgreSQL, Redis and Kafka (data in " + layout.root() + ")");
      CompletableFuture<Void> prepared = CompletableFuture.runAsync(services::prepare, executor);
      backingUrls = backing.start(executor, () -> closing);
      join(prepared);
      out.accept(
          "Starting " + FleetService.values().length + " services (logs in " + layout.logs() + ")");
      services.startAll(
          service ->
              withAdmin(
                  service,
                  withGeneration(
                      service,
                      ServiceEnvironment.of(
                          service,
                          options.environment(),
                          backingUrls,
                          options.ports(),
                          secretKey))));
      services.awaitAllReady(startedAt, startedAt.plus(options.startTimeout()), out, () -> closing);
      startupTime = Duration.between(startedAt, Instant.now());
    } catch (FleetStartException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new FleetStartException(closing ? "stopped while starting" : e.getMessage(), e);
    } finally {
      executor.shutdownNow();
      startReturned.countDown();
    }
  }

  /** How long {@link #start} took, from nothing running to all seven ready. */
  public Duration startupTime() {
    return startupTime;
  }

  /** {@code http://localhost:<gateway port>/}: the dashboard. */
  public URI gatewayUrl() {
    return URI.create("http://localhost:" + options.ports().service(FleetService.GATEWAY) + "/");
  }

  public URI url(FleetService service) {
    return URI.create("http://localhost:" + options.ports().service(service) + "/");
  }

  public BackingUrls backingUrls() {
    return backingUrls;
  }

  public FleetOptions options() {
    return options;
  }

  /** The running JVM of a service, if it runs. */
  public Optional<ProcessHandle> process(FleetService service) {
    return services.process(service).map(ServiceProcess::handle).filter(ProcessHandle::isAlive);
  }

  /** kill -9 a service, as a crash would; returns once the process is gone. */
  public void killHard(FleetService service) {
    services.killHard(service);
  }

  /** Stops the service if it runs, then starts it again (see {@link #awaitReady}). */
  public void restart(FleetService service) {
    services.restart(service);
  }

  public void awaitReady(FleetService service, Duration timeout) {
    services.awaitReady(service, timeout);
  }

  /** Name → pid of everything this fleet runs now (from its pid files). */
  public Map<String, Long> recordedPids() {
    Map<String, Long> recorded = new LinkedHashMap<>();
    pids.recorded().forEach((name, pid) -> recorded.put(name, pid.pid()));
    return recorded;
  }

  /**
   * Stops everything cleanly: the services (SIGTERM, kill -9 after 30 s), then Kafka (controlled
   * shutdown), Redis and PostgreSQL. Safe to call twice, from any thread, also during {@link
   * #start}.
   */
  @Override
  public void close() {
    boolean wasStarting;
    boolean alreadyClosing;
    synchronized (this) {
      alreadyClosing = closing;
      closing = true;
      wasStarting = starting;
    }
    if (alreadyClosing) {
      awaitClosed();
      return;
    }
    try {
      Instant stopping = Instant.now();
      if (wasStarting) {
        // start() notices within a second or so (it checks between steps and while waiting).
        awaitQuietly(startReturned, Duration.ofSeconds(30));
      }
      services.close();
      backing.close();
      if (lock != null) {
        lock.close();
      }
      if (backingUrls != null) {
        out.accept(
            "Stopped in " + ReadinessProgress.seconds(Duration.between(stopping, Instant.now())));
      }
    } finally {
      closed.countDown();
    }
  }

  /** Blocks until {@link #close} has finished. */
  public void awaitClosed() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void requireFreePorts() {
    Map<Integer, String> needed = new LinkedHashMap<>();
    for (FleetService service : FleetService.values()) {
      needed.put(options.ports().service(service), service.serviceName());
    }
    backing.embeddedPorts().forEach(port -> needed.put(port, "embedded server"));
    needed.forEach(
        (port, user) -> {
          if (!FleetPorts.isFree(port)) {
            throw new FleetStartException(
                "port " + port + " (" + user + ") is in use by another program; stop it first");
          }
        });
  }

  /** api-service creates the first admin from these when no admin exists yet. */
  private java.util.Map<String, String> withAdmin(
      FleetService service, java.util.Map<String, String> env) {
    if (service == FleetService.API) {
      env.putIfAbsent("TUTORMAX_ADMIN_EMAIL", adminLogin.email());
      env.putIfAbsent("TUTORMAX_ADMIN_PASSWORD", adminLogin.password());
    }
    return env;
  }

  /**
   * The generator backfills history on the first start and then runs live, so the dashboard is
   * never empty (GENERATION_AUTO_START=false in the environment turns that off).
   */
  private static java.util.Map<String, String> withGeneration(
      FleetService service, java.util.Map<String, String> env) {
    if (service == FleetService.GENERATION) {
      env.putIfAbsent("GENERATION_AUTO_START", "true");
    }
    return env;
  }

  /** The local admin login; {@code createdNow} on the run that generated it. */
  public AdminLogin adminLogin() {
    return adminLogin;
  }

  private String secretKey() {
    String given = options.external("SECRET_KEY");
    return given != null ? given : SecretKeyFile.readOrCreate(options.layout().secretKey());
  }

  private static void join(CompletableFuture<?> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "fleet-start");
      thread.setDaemon(true);
      return thread;
    };
  }
}
