package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.kafka.KafkaBroker;
import com.tutormax.infra.launcher.postgres.EmbeddedPostgresServer;
import com.tutormax.infra.launcher.process.PidRegistry;
import com.tutormax.infra.launcher.readiness.ReadinessProgress;
import com.tutormax.infra.launcher.redis.EmbeddedRedisServer;
import com.tutormax.infra.launcher.service.BackingUrls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * PostgreSQL, Redis and Kafka for the services: embedded servers started side by side, except where
 * DATABASE_URL, REDIS_URL or KAFKA_BOOTSTRAP_SERVERS name one already running. Every process is
 * recorded the moment it exists, so a stop during the start reaches it too.
 */
final class BackingServices implements AutoCloseable {

  private final FleetOptions options;
  private final PidRegistry pids;
  private final Consumer<String> out;
  private EmbeddedPostgresServer postgres;
  private EmbeddedRedisServer redis;
  private KafkaBroker kafka;
  private boolean closing;

  BackingServices(FleetOptions options, PidRegistry pids, Consumer<String> out) {
    this.options = options;
    this.pids = pids;
    this.out = out;
  }

  /** The ports the embedded servers will need. */
  List<Integer> embeddedPorts() {
    FleetPorts ports = options.ports();
    List<Integer> needed = new ArrayList<>();
    if (options.external("DATABASE_URL") == null) {
      needed.add(ports.postgres());
    }
    if (options.external("REDIS_URL") == null) {
      needed.add(ports.redis());
    }
    if (options.external("KAFKA_BOOTSTRAP_SERVERS") == null) {
      needed.add(ports.kafka());
      needed.add(ports.kafkaController());
    }
    return needed;
  }

  BackingUrls start(ExecutorService executor, BooleanSupplier abandoned) {
    CompletableFuture<String> database =
        CompletableFuture.supplyAsync(
            () -> orExternal("DATABASE_URL", "PostgreSQL", this::startPostgres), executor);
    CompletableFuture<String> redisUrl =
        CompletableFuture.supplyAsync(
            () -> orExternal("REDIS_URL", "Redis", () -> startRedis(abandoned)), executor);
    CompletableFuture<String> kafkaServers =
        CompletableFuture.supplyAsync(
            () -> orExternal("KAFKA_BOOTSTRAP_SERVERS", "Kafka", () -> startKafka(abandoned)),
            executor);
    try {
      CompletableFuture.allOf(database, redisUrl, kafkaServers).join();
    } catch (CompletionException e) {
      throw new FleetStartException(e.getCause().getMessage(), e.getCause());
    }
    return new BackingUrls(database.join(), redisUrl.join(), kafkaServers.join());
  }

  private String orExternal(String variable, String name, Supplier<String> embedded) {
    String external = options.external(variable);
    if (external != null) {
      out.accept("  " + name + ": " + external + " (from " + variable + ")");
      return external;
    }
    Instant started = Instant.now();
    String url = embedded.get();
    out.accept(
        "  "
            + name
            + " ready at "
            + url
            + " in "
            + ReadinessProgress.seconds(Duration.between(started, Instant.now())));
    return url;
  }

  private String startPostgres() {
    FleetLayout layout = options.layout();
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            layout.postgres(), options.ports().postgres(), layout.log(OrphanSweeper.POSTGRES));
    synchronized (this) {
      if (closing) {
        server.close();
        throw new IllegalStateException("stopped while PostgreSQL started");
      }
      postgres = server;
      server.postmaster().ifPresent(p -> pids.record(OrphanSweeper.POSTGRES, p));
    }
    return server.databaseUrl();
  }

  private String startRedis(BooleanSupplier abandoned) {
    FleetLayout layout = options.layout();
    EmbeddedRedisServer server =
        EmbeddedRedisServer.spawn(
            layout.redis(),
            options.ports().redis(),
            options.environment(),
            layout.log(OrphanSweeper.REDIS));
    keep(() -> redis = server, server, OrphanSweeper.REDIS, server.process());
    server.awaitReady(abandoned);
    return server.url();
  }

  private String startKafka(BooleanSupplier abandoned) {
    FleetLayout layout = options.layout();
    KafkaBroker broker =
        KafkaBroker.spawn(
            layout.kafka(),
            options.ports().kafka(),
            options.ports().kafkaController(),
            new KafkaBroker.KafkaJvm(options.java(), options.launcherClasspath()),
            options.environment(),
            layout.log(OrphanSweeper.KAFKA));
    keep(() -> kafka = broker, broker, OrphanSweeper.KAFKA, broker.process());
    broker.awaitReady(abandoned);
    return broker.bootstrapServers();
  }

  private synchronized void keep(
      Runnable assign, AutoCloseable server, String name, ProcessHandle process) {
    if (closing) {
      try {
        server.close();
      } catch (Exception ignored) {
        // Stopping anyway.
      }
      throw new IllegalStateException("stopped while " + name + " started");
    }
    assign.run();
    pids.record(name, process);
  }

  /** Kafka first (its clients are gone by now), then Redis, then PostgreSQL. */
  @Override
  public void close() {
    EmbeddedPostgresServer stopPostgres;
    EmbeddedRedisServer stopRedis;
    KafkaBroker stopKafka;
    synchronized (this) {
      closing = true;
      stopPostgres = postgres;
      stopRedis = redis;
      stopKafka = kafka;
    }
    if (stopKafka != null) {
      stopKafka.close();
      pids.forget(OrphanSweeper.KAFKA);
    }
    if (stopRedis != null) {
      stopRedis.close();
      pids.forget(OrphanSweeper.REDIS);
    }
    if (stopPostgres != null) {
      stopPostgres.close();
      pids.forget(OrphanSweeper.POSTGRES);
    }
  }
}
