package com.tutormax.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A built service jar, run as its own process the way an operator runs it. */
record ServiceJar(String name, Path jar) {

  static final List<String> SERVICES =
      List.of(
          "gateway-service",
          "api-service",
          "generation-service",
          "evaluation-service",
          "churn-service",
          "training-service",
          "scheduler-service");

  static ServiceJar of(String service) {
    Path root = Path.of(System.getProperty("tutormax.root", ".."));
    String version = System.getProperty("tutormax.version", "0.1.0-SNAPSHOT");
    Path jar = root.resolve(service).resolve("target").resolve(service + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run ./mvnw verify from the root (the jars are packaged first)");
    }
    return new ServiceJar(service, jar);
  }

  ProcessBuilder command(Map<String, String> env, Path log, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return builder;
  }

  /** Runs {@code java -jar <jar> args...} to completion; returns exit code and output. */
  Result run(Map<String, String> env, Path logDir, String... args)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + "-" + String.join("-", args) + ".log");
    Process process = command(env, log, args).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(name + " " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  record Result(int exitCode, String output) {}

  static Path logDir() {
    return new File("target/service-logs").toPath();
  }
}
