package com.tutormax.infra.launcher.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags of a service on a small (2-core) development machine: a capped heap, the C1
 * compiler only and the serial collector start seven Spring Boot services fastest side by side.
 * training-service is the exception: a training run is seconds of CPU-bound work on tens of
 * thousands of rows, so it keeps the optimising C2 compiler (as in production's image) and a heap
 * that holds its training set.
 */
public final class ServiceJvm {

  static final List<String> OPTIONS =
      List.of(
          "-Xmx384m",
          "-Xss512k",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:+ExitOnOutOfMemoryError",
          "-Djava.awt.headless=true");

  /** Later flags win, so these override {@link #OPTIONS}. */
  static final List<String> TRAINING_OPTIONS = List.of("-Xmx768m", "-XX:TieredStopAtLevel=4");

  private ServiceJvm() {}

  public static List<String> command(
      String java, FleetService service, Path jar, List<String> extraOptions) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(OPTIONS);
    if (service == FleetService.TRAINING) {
      command.addAll(TRAINING_OPTIONS);
    }
    command.addAll(extraOptions);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }
}
