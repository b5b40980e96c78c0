package com.tutormax.infra.launcher.redis;

import com.tutormax.infra.launcher.process.PortWait;
import com.tutormax.infra.launcher.process.ProcessStopper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A real redis-server (the binary inside codemonstur's embedded-redis jar, extracted next to its
 * data), run as a child process we own, so its pid can be recorded and it can be stopped after a
 * launcher crash. It snapshots to {@code dump.rdb} on shutdown; nothing in it is durable anyway.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(20);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

  private final Process process;
  private final int port;
  private final Path log;

  private EmbeddedRedisServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts redis-server; {@link #awaitReady} waits until it accepts connections. */
  public static EmbeddedRedisServer spawn(
      Path dataDir, int port, Map<String, String> environment, Path log) {
    Path binary = RedisBinary.extract(dataDir.resolve("bin"));
    List<String> command =
        List.of(
            binary.toString(),
            "--port",
            Integer.toString(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            dataDir.toAbsolutePath().toString(),
            "--save",
            "60",
            "1",
            "--appendonly",
            "no",
            "--daemonize",
            "no");
    return new EmbeddedRedisServer(RedisBinary.start(command, environment, log), port, log);
  }

  public void awaitReady(BooleanSupplier abandoned) {
    PortWait.awaitOpen("redis-server", process, port, STARTUP, log, abandoned);
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public ProcessHandle process() {
    return process.toHandle();
  }

  /** SIGTERM: redis saves its snapshot and exits. */
  @Override
  public void close() {
    ProcessStopper.terminate(process.toHandle(), SHUTDOWN_GRACE);
  }
}
