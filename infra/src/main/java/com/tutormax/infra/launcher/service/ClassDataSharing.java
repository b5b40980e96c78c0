package com.tutormax.infra.launcher.service;

import com.tutormax.infra.launcher.process.LogTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * AppCDS for the service JVMs (Java 17: a dynamic archive written at exit). Class data sharing
 * needs classes in plain jars, so each fat jar is extracted once ({@code -Djarmode=tools extract});
 * the first run records its classes with {@code -XX:ArchiveClassesAtExit} and a clean stop promotes
 * that archive, which later runs map with {@code -XX:SharedArchiveFile}. A rebuilt jar or another
 * JDK starts the cycle again. Measured on a loaded 2-core machine: seven services ready in ~26 s
 * with the archives against ~62 s without; writing one takes 10-25 s at the first stop.
 */
public final class ClassDataSharing {

  /**
   * Dumping warns about every class it skips; a stale archive is simply not used. Neither is news
   * for a service log.
   */
  static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

  private final Path dir;
  private final String java;

  public ClassDataSharing(Path dir, String java) {
    this.dir = dir;
    this.java = java;
  }

  /** Extracts the jar when it changed; returns how to run the service. */
  public Launch prepare(FleetService service, Path fatJar) {
    Path home = dir.resolve(service.serviceName());
    Path app = home.resolve("app");
    Path stampFile = home.resolve("source.stamp");
    String stamp = stamp(fatJar);
    try {
      if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile).equals(stamp)) {
        deleteTree(home);
        Files.createDirectories(home);
        extract(fatJar, app, home.resolve("extract.log"));
        Files.writeString(stampFile, stamp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + home, e);
    }
    Path jar = app.resolve(fatJar.getFileName());
    Path archive = archive(service);
    if (Files.isRegularFile(archive)) {
      return new Launch(jar, List.of("-XX:SharedArchiveFile=" + archive, QUIET), false);
    }
    return new Launch(jar, List.of("-XX:ArchiveClassesAtExit=" + pending(service), QUIET), true);
  }

  /**
   * After a service stopped: keep the archive its JVM wrote at exit if the stop was clean, else
   * drop it (a JVM killed while dumping leaves a partial file).
   */
  public void stopped(FleetService service, boolean clean) {
    Path pending = pending(service);
    try {
      if (clean && Files.isRegularFile(pending) && Files.size(pending) > 0) {
        Files.move(pending, archive(service), StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(pending);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the class-data archive of " + service, e);
    }
  }

  public Path archive(FleetService service) {
    return dir.resolve(service.serviceName()).resolve(service.serviceName() + ".jsa");
  }

  private Path pending(FleetService service) {
    return dir.resolve(service.serviceName()).resolve(service.serviceName() + ".jsa.pending");
  }

  /** What invalidates an archive: the jar's size and time, and the JVM. */
  static String stamp(Path fatJar) {
    try {
      return fatJar.toAbsolutePath()
          + "\n"
          + Files.size(fatJar)
          + "\n"
          + Files.getLastModifiedTime(fatJar).toMillis()
          + "\n"
          + System.getProperty("java.vm.version")
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fatJar, e);
    }
  }

  private void extract(Path fatJar, Path destination, Path log) throws IOException {
    Process process =
        new ProcessBuilder(
                java,
                "-Djarmode=tools",
                "-jar",
                fatJar.toString(),
                "extract",
                "--destination",
                destination.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "cannot extract " + fatJar + " for class data sharing:\n" + LogTail.of(log, 20));
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + fatJar, e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * The jar to run and the JVM options that go with it.
   *
   * @param recording whether the JVM writes its archive when it exits
   */
  public record Launch(Path jar, List<String> jvmOptions, boolean recording) {}
}
