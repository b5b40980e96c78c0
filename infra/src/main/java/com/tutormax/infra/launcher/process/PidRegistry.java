package com.tutormax.infra.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The folder of pid files ({@code <name>.pid}) of everything a fleet started. */
public final class PidRegistry {

  private static final String SUFFIX = ".pid";
  private final Path dir;

  public PidRegistry(Path dir) {
    this.dir = dir;
  }

  public void record(String name, ProcessHandle process) {
    PidFile.of(process).write(file(name));
  }

  public Optional<PidFile> read(String name) {
    return PidFile.read(file(name));
  }

  /** The recorded process if it is still alive. */
  public Optional<ProcessHandle> live(String name) {
    return read(name).flatMap(PidFile::liveProcess);
  }

  public void forget(String name) {
    try {
      Files.deleteIfExists(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every recorded name and pid file, sorted by name. */
  public Map<String, PidFile> recorded() {
    Map<String, PidFile> recorded = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return recorded;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .forEach(
              f -> {
                String name = f.getFileName().toString();
                String key = name.substring(0, name.length() - SUFFIX.length());
                PidFile.read(f).ifPresent(pid -> recorded.put(key, pid));
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return recorded;
  }

  /** The recorded processes that still run. */
  public Map<String, ProcessHandle> alive() {
    Map<String, ProcessHandle> alive = new TreeMap<>();
    recorded().forEach((name, pid) -> pid.liveProcess().ifPresent(p -> alive.put(name, p)));
    return alive;
  }

  Path file(String name) {
    return dir.resolve(name + SUFFIX);
  }
}
