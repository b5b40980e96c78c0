package com.tutormax.infra.launcher;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to run a fleet. {@link #forRepository} gives what {@code ./tutormax up} does; tests change
 * the data folder and the ports, and may hide DATABASE_URL / REDIS_URL / KAFKA_BOOTSTRAP_SERVERS
 * from the environment to get the embedded servers.
 *
 * @param repositoryRoot the checkout, with the built service jars and infra/target/{classes,lib}
 * @param layout the data folder
 * @param ports the ports the fleet listens on
 * @param environment the launcher's environment: decides which servers are embedded and is passed
 *     on to every child process
 * @param startTimeout how long all services may take to become ready
 * @param classDataSharing whether services run with AppCDS archives
 * @param java the java executable for the children
 * @param launcherClasspath the classpath of the Kafka broker's JVM (infra/target/classes and lib)
 */
public record FleetOptions(
    Path repositoryRoot,
    FleetLayout layout,
    FleetPorts ports,
    Map<String, String> environment,
    Duration startTimeout,
    boolean classDataSharing,
    String java,
    String launcherClasspath) {

  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

  public FleetOptions {
    repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    environment = Map.copyOf(environment);
  }

  /** The CLI's options: {@code <root>/.tutormax}, the default ports, this process's environment. */
  public static FleetOptions forRepository(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    Map<String, String> environment = System.getenv();
    Path infraTarget = absolute.resolve("infra").resolve("target");
    return new FleetOptions(
        absolute,
        new FleetLayout(absolute.resolve(".tutormax")),
        FleetPorts.defaults(),
        environment,
        DEFAULT_START_TIMEOUT,
        !"off".equalsIgnoreCase(environment.getOrDefault("TUTORMAX_CDS", "on")),
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        infraTarget.resolve("classes")
            + File.pathSeparator
            + infraTarget.resolve("lib").resolve("*"));
  }

  public FleetOptions withDataDir(Path dataDir) {
    return new FleetOptions(
        repositoryRoot,
        new FleetLayout(dataDir),
        ports,
        environment,
        startTimeout,
        classDataSharing,
        java,
        launcherClasspath);
  }

  public FleetOptions withPorts(FleetPorts newPorts) {
    return new FleetOptions(
        repositoryRoot,
        layout,
        newPorts,
        environment,
        startTimeout,
        classDataSharing,
        java,
        launcherClasspath);
  }

  public FleetOptions withEnvironment(Map<String, String> newEnvironment) {
    return new FleetOptions(
        repositoryRoot,
        layout,
        ports,
        newEnvironment,
        startTimeout,
        classDataSharing,
        java,
        launcherClasspath);
  }

  public FleetOptions withClassDataSharing(boolean enabled) {
    return new FleetOptions(
        repositoryRoot, layout, ports, environment, startTimeout, enabled, java, launcherClasspath);
  }

  public FleetOptions withStartTimeout(Duration timeout) {
    return new FleetOptions(
        repositoryRoot,
        layout,
        ports,
        environment,
        timeout,
        classDataSharing,
        java,
        launcherClasspath);
  }

  /** An explicitly given server URL (so that server is not embedded), or null. */
  public String external(String variable) {
    String value = environment.get(variable);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
