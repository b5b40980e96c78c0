package com.tutormax.infra.launcher.process;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes by signal: a polite one first, a forceful one when the grace period ends. */
public final class ProcessStopper {

  private static final Duration AFTER_KILL = Duration.ofSeconds(10);

  private ProcessStopper() {}

  /** SIGTERM, wait up to {@code grace}, then SIGKILL. True when it stopped within the grace. */
  public static boolean terminate(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    if (awaitExit(process, grace)) {
      return true;
    }
    killHard(process);
    return false;
  }

  /**
   * SIGTERM to all at once, wait up to {@code grace} for all, then SIGKILL the rest. Returns, for
   * each process, whether it stopped within the grace.
   */
  public static Map<ProcessHandle, Boolean> terminateAll(
      Collection<ProcessHandle> processes, Duration grace) {
    Map<ProcessHandle, Duration> graces = new LinkedHashMap<>();
    processes.forEach(p -> graces.put(p, grace));
    return terminateAll(graces);
  }

  /** As {@link #terminateAll(Collection, Duration)}, with a grace per process. */
  public static Map<ProcessHandle, Boolean> terminateAll(Map<ProcessHandle, Duration> graces) {
    graces.keySet().stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    Instant start = Instant.now();
    Map<ProcessHandle, Boolean> clean = new LinkedHashMap<>();
    graces.forEach(
        (process, grace) -> {
          Duration left = Duration.between(Instant.now(), start.plus(grace));
          clean.put(process, awaitExit(process, left.isNegative() ? Duration.ZERO : left));
        });
    clean.forEach(
        (process, stopped) -> {
          if (!stopped) {
            killHard(process);
          }
        });
    return clean;
  }

  /**
   * Sends {@code signal} (e.g. {@code INT}), waits up to {@code grace}, then sends {@code
   * fallbackSignal}. For servers whose SIGTERM is not the shutdown wanted (PostgreSQL: INT is
   * "fast", QUIT "immediate").
   */
  public static boolean signal(
      ProcessHandle process, String signal, Duration grace, String fallbackSignal) {
    if (!process.isAlive()) {
      return true;
    }
    send(process.pid(), signal);
    if (awaitExit(process, grace)) {
      return true;
    }
    send(process.pid(), fallbackSignal);
    if (!awaitExit(process, AFTER_KILL)) {
      killHard(process);
    }
    return false;
  }

  /** SIGKILL, and wait until the process is gone. */
  public static void killHard(ProcessHandle process) {
    process.destroyForcibly();
    awaitExit(process, AFTER_KILL);
  }

  public static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException stillRunning) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private static void send(long pid, String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot send SIG" + signal + " to " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
