package com.tutormax.infra.launcher.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits until a child process accepts TCP connections, failing fast when it exits. */
public final class PortWait {

  private PortWait() {}

  public static boolean isOpen(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  /**
   * Returns once {@code port} accepts connections; throws when the process exits, the timeout
   * passes or {@code abandoned} turns true (the fleet is being stopped).
   */
  public static void awaitOpen(
      String name,
      Process process,
      int port,
      Duration timeout,
      Path log,
      BooleanSupplier abandoned) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (isOpen(port)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with code "
                + process.exitValue()
                + "; "
                + log
                + " ends with:\n"
                + LogTail.of(log, 30));
      }
      if (abandoned.getAsBoolean()) {
        throw new IllegalStateException(name + ": start abandoned");
      }
      sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException(
        name
            + " did not open port "
            + port
            + " within "
            + timeout.toSeconds()
            + " s; "
            + log
            + " ends with:\n"
            + LogTail.of(log, 30));
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
