package com.tutormax.infra.launcher.kafka;

import com.tutormax.infra.launcher.process.ChildProcess;
import com.tutormax.infra.launcher.process.LogTail;
import com.tutormax.infra.launcher.process.PortWait;
import com.tutormax.infra.launcher.process.ProcessStopper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker ({@code kafka.Kafka}, KRaft, broker and controller in one) in a JVM of its
 * own, run from the launcher's classpath. Its storage is formatted once; later starts reuse the
 * logs, so topics and committed offsets survive. Stopped with SIGTERM: a controlled shutdown that
 * flushes everything.
 */
public final class KafkaBroker implements AutoCloseable {

  public static final String MAIN_CLASS = "kafka.Kafka";
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
  private static final String LOGBACK = "-Dlogback.configurationFile=tutormax-kafka-logback.xml";

  private final Process process;
  private final int port;
  private final Path log;

  private KafkaBroker(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Writes server.properties into {@code dir}, formats {@code dir/data} on the first run and starts
   * the broker; {@link #awaitReady} waits until it accepts clients.
   */
  public static KafkaBroker spawn(
      Path dir,
      int port,
      int controllerPort,
      KafkaJvm jvm,
      Map<String, String> environment,
      Path log) {
    Path dataDir = dir.resolve("data");
    Path config = dir.resolve("server.properties");
    try {
      Files.createDirectories(dir);
      Files.writeString(
          config,
          KafkaServerProperties.render(KafkaServerProperties.of(dataDir, port, controllerPort)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + config, e);
    }
    if (!Files.isRegularFile(dataDir.resolve("meta.properties"))) {
      format(config, jvm, environment, log);
    }
    List<String> command = jvm.command(MAIN_CLASS, config.toString());
    return new KafkaBroker(ChildProcess.start(command, environment, log, true), port, log);
  }

  public void awaitReady(BooleanSupplier abandoned) {
    PortWait.awaitOpen("Kafka", process, port, STARTUP, log, abandoned);
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public ProcessHandle process() {
    return process.toHandle();
  }

  @Override
  public void close() {
    ProcessStopper.terminate(process.toHandle(), SHUTDOWN_GRACE);
  }

  private static void format(Path config, KafkaJvm jvm, Map<String, String> env, Path log) {
    String clusterId = Uuid.randomUuid().toString();
    List<String> command =
        new ArrayList<>(
            jvm.command(
                "kafka.tools.StorageTool",
                "format",
                "--ignore-formatted",
                "-t",
                clusterId,
                "-c",
                config.toString()));
    Process format = ChildProcess.start(command, env, log, true);
    try {
      if (!format.waitFor(120, TimeUnit.SECONDS)) {
        format.destroyForcibly();
        throw new IllegalStateException("Kafka storage format did not finish; see " + log);
      }
      if (format.exitValue() != 0) {
        throw new IllegalStateException(
            "Kafka storage format failed; " + log + " ends with:\n" + LogTail.of(log, 20));
      }
    } catch (InterruptedException e) {
      format.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting Kafka storage", e);
    }
  }

  /** How the broker's JVM is launched: java binary, classpath, heap. */
  public record KafkaJvm(String java, String classpath) {

    public List<String> command(String mainClass, String... args) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.addAll(
          List.of(
              "-Xmx512m",
              "-Xms128m",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1",
              "-Djava.awt.headless=true",
              LOGBACK,
              "-cp",
              classpath,
              mainClass));
      command.addAll(List.of(args));
      return command;
    }
  }
}
