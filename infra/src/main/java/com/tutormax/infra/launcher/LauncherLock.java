package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.process.PidFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One fleet per data folder: an OS file lock ({@code launcher.lock}, released even when the process
 * is killed) and the owner's pid in {@code launcher.pid}, which {@code down} signals.
 */
public final class LauncherLock implements AutoCloseable {

  private final FleetLayout layout;
  private final FileChannel channel;
  private final FileLock lock;

  private LauncherLock(FleetLayout layout, FileChannel channel, FileLock lock) {
    this.layout = layout;
    this.channel = channel;
    this.lock = lock;
  }

  static LauncherLock claim(FleetLayout layout) {
    Path lockFile = layout.root().resolve("launcher.lock");
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameJvm) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        String owner = running(layout).map(p -> " (pid " + p.pid() + ")").orElse("");
        throw new FleetStartException(
            "the fleet in "
                + layout.root()
                + " is already running"
                + owner
                + "; stop it with ./tutormax down");
      }
      PidFile.of(ProcessHandle.current()).write(layout.launcherPid());
      return new LauncherLock(layout, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** The live process that runs the fleet of this folder, if any. */
  public static Optional<ProcessHandle> running(FleetLayout layout) {
    return PidFile.read(layout.launcherPid()).flatMap(PidFile::liveProcess);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(layout.launcherPid());
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
