package com.tutormax.infra.launcher.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags of a service on a small (2-core) development machine: a capped heap, the C1
 * compiler only and the serial collector start seven Spring Boot services fastest side by side.
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

  private ServiceJvm() {}

  public static List<String> command(String java, Path jar, List<String> extraOptions) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(OPTIONS);
    command.addAll(extraOptions);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }
}
