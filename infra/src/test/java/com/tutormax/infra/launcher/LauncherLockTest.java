package com.tutormax.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherLockTest {

  @TempDir Path dir;

  @Test
  void oneFleetPerFolder() {
    FleetLayout layout = new FleetLayout(dir);
    layout.createDirectories();

    try (LauncherLock lock = LauncherLock.claim(layout)) {
      assertThat(LauncherLock.running(layout))
          .map(ProcessHandle::pid)
          .contains(ProcessHandle.current().pid());
      assertThatThrownBy(() -> LauncherLock.claim(layout))
          .isInstanceOf(FleetStartException.class)
          .hasMessageContaining("already running (pid " + ProcessHandle.current().pid() + ")");
    }

    assertThat(layout.launcherPid()).doesNotExist();
    assertThat(LauncherLock.running(layout)).isEmpty();
    LauncherLock.claim(layout).close();
  }
}
