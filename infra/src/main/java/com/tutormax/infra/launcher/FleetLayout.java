package com.tutormax.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a fleet keeps its state: everything under one folder ({@code <repo>/.tutormax} for the
 * CLI), so a second start resumes where the first stopped and {@code reset} is one delete.
 */
public record FleetLayout(Path root) {

  public FleetLayout {
    root = root.toAbsolutePath().normalize();
  }

  public Path postgres() {
    return root.resolve("postgres");
  }

  public Path redis() {
    return root.resolve("redis");
  }

  public Path kafka() {
    return root.resolve("kafka");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path log(String name) {
    return logs().resolve(name + ".log");
  }

  public Path pids() {
    return root.resolve("pids");
  }

  /** AppCDS: the extracted service jars and their class-data archives. */
  public Path cds() {
    return root.resolve("cds");
  }

  public Path secretKey() {
    return root.resolve("secret-key");
  }

  /** The generated first-admin login (e-mail and password), owner-readable only. */
  public Path adminLogin() {
    return root.resolve("admin-login");
  }

  /** The pid of the process that runs the fleet (the launcher, or a test JVM). */
  public Path launcherPid() {
    return root.resolve("launcher.pid");
  }

  public void createDirectories() {
    try {
      for (Path dir : new Path[] {root, logs(), pids(), redis(), kafka(), cds()}) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + root, e);
    }
  }
}
