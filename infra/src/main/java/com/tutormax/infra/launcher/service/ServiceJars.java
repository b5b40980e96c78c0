package com.tutormax.infra.launcher.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The built service jars: {@code <repo>/<service>/target/<service>-<version>.jar}. */
public record ServiceJars(Path repositoryRoot) {

  public Optional<Path> find(FleetService service) {
    Path target = repositoryRoot.resolve(service.serviceName()).resolve("target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    String prefix = service.serviceName() + "-";
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> isServiceJar(f.getFileName().toString(), prefix))
          .max(Comparator.comparing(ServiceJars::modified));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + target, e);
    }
  }

  public Path require(FleetService service) {
    return find(service)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no jar for "
                        + service
                        + " under "
                        + repositoryRoot.resolve(service.serviceName()).resolve("target")
                        + ": build with ./mvnw -DskipTests package"));
  }

  public List<FleetService> missing() {
    return Stream.of(FleetService.values()).filter(s -> find(s).isEmpty()).toList();
  }

  static boolean isServiceJar(String fileName, String prefix) {
    return fileName.startsWith(prefix)
        && fileName.endsWith(".jar")
        && !fileName.endsWith("-sources.jar")
        && !fileName.endsWith("-javadoc.jar")
        && !fileName.endsWith("-tests.jar")
        && !fileName.endsWith("-plain.jar");
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
