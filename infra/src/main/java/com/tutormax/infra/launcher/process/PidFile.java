package com.tutormax.infra.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded process: its pid and start time. The start time guards against pid reuse: a pid file
 * only matches a live process that started at the recorded instant.
 */
public record PidFile(long pid, Instant started) {

  private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

  public static PidFile of(ProcessHandle process) {
    return new PidFile(process.pid(), process.info().startInstant().orElse(null));
  }

  /** Two lines: the pid and the start time in epoch milliseconds (absent when unknown). */
  public String format() {
    return started == null ? pid + "\n" : pid + "\n" + started.toEpochMilli() + "\n";
  }

  public static Optional<PidFile> parse(String text) {
    List<String> lines = text.strip().lines().map(String::strip).toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0));
      Instant started =
          lines.size() > 1 && !lines.get(1).isEmpty()
              ? Instant.ofEpochMilli(Long.parseLong(lines.get(1)))
              : null;
      return pid > 0 ? Optional.of(new PidFile(pid, started)) : Optional.empty();
    } catch (NumberFormatException garbage) {
      return Optional.empty();
    }
  }

  public static Optional<PidFile> read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (NoSuchFileException absent) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes atomically (temp file + rename), so a reader never sees half a pid. */
  public void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, format());
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The live process this file records, if it still runs (and is not a reused pid). */
  public Optional<ProcessHandle> liveProcess() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> !isZombie(p.pid()))
        .filter(this::startedAsRecorded);
  }

  public boolean isAlive() {
    return liveProcess().isPresent();
  }

  /** Killed but not yet reaped by its parent: gone for our purposes (Linux only; else false). */
  static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state == 'Z' || state == 'X';
    } catch (IOException | RuntimeException notLinuxOrGone) {
      return false;
    }
  }

  private boolean startedAsRecorded(ProcessHandle process) {
    if (started == null) {
      return true;
    }
    return process
        .info()
        .startInstant()
        .map(actual -> Duration.between(started, actual).abs().compareTo(START_TOLERANCE) <= 0)
        .orElse(true);
  }
}
