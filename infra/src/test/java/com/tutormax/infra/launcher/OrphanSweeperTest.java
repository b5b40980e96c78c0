package com.tutormax.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.launcher.process.PidRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanSweeperTest {

  @TempDir Path dir;

  @Test
  void stopsWhatACrashedLauncherLeftAndForgetsItsPidFiles() throws Exception {
    FleetLayout layout = new FleetLayout(dir);
    PidRegistry pids = new PidRegistry(layout.pids());
    Process service = new ProcessBuilder("sleep", "60").start();
    Process redis = new ProcessBuilder("sleep", "60").start();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    pids.record("churn-service", service.toHandle());
    pids.record("redis", redis.toHandle());
    pids.record("kafka", gone.toHandle());

    assertThat(OrphanSweeper.alive(layout)).containsOnlyKeys("churn-service", "redis");

    assertThat(OrphanSweeper.sweep(layout))
        .containsExactly(
            "churn-service (pid " + service.pid() + ")", "redis (pid " + redis.pid() + ")");
    assertThat(service.isAlive()).isFalse();
    assertThat(redis.isAlive()).isFalse();
    assertThat(pids.recorded()).isEmpty();
    assertThat(OrphanSweeper.alive(layout)).isEmpty();
  }

  @Test
  void nothingRecordedNothingStopped() {
    assertThat(OrphanSweeper.sweep(new FleetLayout(dir.resolve("fresh")))).isEmpty();
  }
}
