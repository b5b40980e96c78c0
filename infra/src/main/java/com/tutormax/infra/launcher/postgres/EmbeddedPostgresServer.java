package com.tutormax.infra.launcher.postgres;

import com.tutormax.infra.launcher.process.PidFile;
import com.tutormax.infra.launcher.process.ProcessStopper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL server (zonky's binaries; as root it runs through {@code unshare -U}) whose
 * data directory survives restarts. It runs as a daemon (pg_ctl), so its postmaster is found
 * through {@code postmaster.pid} when the launcher that started it is gone.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Duration FAST_SHUTDOWN_GRACE = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final String databaseUrl;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, String databaseUrl) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.databaseUrl = databaseUrl;
  }

  /** Starts the server (initdb on the first run) and makes sure the TutorMax database exists. */
  public static EmbeddedPostgresServer start(Path dataDir, int port, Path log) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(log.getParent());
      ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(port)
              .setPGStartupWait(STARTUP_WAIT)
              .setOutputRedirector(output)
              .setErrorRedirector(output)
              .start();
      TutorMaxDatabase database = TutorMaxDatabase.ensureExists(postgres.getPostgresDatabase());
      return new EmbeddedPostgresServer(postgres, dataDir, database.url("127.0.0.1", port));
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start (see " + log + ")", e);
    }
  }

  /** {@code postgresql://tutormax:tutormax@127.0.0.1:<port>/tutormax}. */
  public String databaseUrl() {
    return databaseUrl;
  }

  public Optional<ProcessHandle> postmaster() {
    return postmaster(dataDir);
  }

  /** The running postmaster of a data directory, from the first line of its postmaster.pid. */
  public static Optional<ProcessHandle> postmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      String first = Files.readString(pidFile).lines().findFirst().orElse("");
      return PidFile.parse(first)
          .flatMap(PidFile::liveProcess)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Fast shutdown (SIGINT) of a postmaster left behind by a launcher that died. */
  public static void stopOrphan(ProcessHandle postmaster) {
    ProcessStopper.signal(postmaster, "INT", FAST_SHUTDOWN_GRACE, "QUIT");
  }

  /** pg_ctl stop -m fast; waits for the postmaster to exit. */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = postmaster();
    try {
      postgres.close();
    } catch (IOException e) {
      postmaster.ifPresent(EmbeddedPostgresServer::stopOrphan);
    }
    postmaster.ifPresent(p -> ProcessStopper.awaitExit(p, FAST_SHUTDOWN_GRACE));
    postmaster.filter(ProcessHandle::isAlive).ifPresent(EmbeddedPostgresServer::stopOrphan);
  }
}
