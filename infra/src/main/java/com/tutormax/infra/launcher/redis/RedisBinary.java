package com.tutormax.infra.launcher.redis;

import com.tutormax.infra.launcher.process.ChildProcess;
import com.tutormax.infra.launcher.process.PortWait;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * The redis-server binary shipped inside embedded-redis, copied once next to the data it serves. A
 * freshly written binary can fail to run with "Text file busy" (exit 126) when another thread of
 * this JVM forked a process while the file was open; starting it again a moment later works.
 */
final class RedisBinary {

  private static final int TEXT_FILE_BUSY_EXIT = 126;
  private static final int ATTEMPTS = 5;

  private RedisBinary() {}

  static Path extract(Path binDir) {
    OsArchitecture platform = OsArchitecture.detectOSandArchitecture();
    String resource = ExecutableProvider.newProvidedVersionsMap().get(platform);
    if (resource == null) {
      throw new IllegalStateException("embedded-redis has no redis-server for " + platform);
    }
    Path binary = binDir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    if (Files.isExecutable(binary)) {
      return binary;
    }
    try (InputStream in = RedisServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("embedded-redis lacks " + resource);
      }
      Files.createDirectories(binDir);
      Path temp = Files.createTempFile(binDir, "redis-server", ".tmp");
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      if (!temp.toFile().setExecutable(true, true)) {
        throw new IOException("cannot make " + temp + " executable");
      }
      Files.move(temp, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return binary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy redis-server into " + binDir, e);
    }
  }

  /** Starts redis-server, again if the binary was still busy. */
  static Process start(List<String> command, Map<String, String> environment, Path log) {
    for (int attempt = 1; ; attempt++) {
      Process process = ChildProcess.start(command, environment, log, true);
      if (attempt == ATTEMPTS || !exitsBusy(process)) {
        return process;
      }
      PortWait.sleep(Duration.ofMillis(200L * attempt));
    }
  }

  private static boolean exitsBusy(Process process) {
    try {
      return process.waitFor(300, TimeUnit.MILLISECONDS)
          && process.exitValue() == TEXT_FILE_BUSY_EXIT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
