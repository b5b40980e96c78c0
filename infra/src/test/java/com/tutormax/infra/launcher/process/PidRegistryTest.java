package com.tutormax.infra.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidRegistryTest {

  @TempDir Path dir;

  @Test
  void recordsReadsAndForgets() {
    PidRegistry pids = new PidRegistry(dir.resolve("pids"));

    pids.record("churn-service", ProcessHandle.current());

    assertThat(pids.read("churn-service").map(PidFile::pid))
        .contains(ProcessHandle.current().pid());
    assertThat(pids.live("churn-service")).isPresent();
    assertThat(pids.recorded()).containsOnlyKeys("churn-service");
    assertThat(pids.alive()).containsOnlyKeys("churn-service");

    pids.forget("churn-service");

    assertThat(pids.recorded()).isEmpty();
    assertThat(pids.live("churn-service")).isEmpty();
  }

  @Test
  void aDeadProcessIsRecordedButNotAlive() throws Exception {
    PidRegistry pids = new PidRegistry(dir);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    pids.record("redis", gone.toHandle());
    Files.writeString(dir.resolve("notes.txt"), "not a pid file");

    assertThat(pids.recorded()).containsOnlyKeys("redis");
    assertThat(pids.alive()).isEmpty();
  }

  @Test
  void aMissingFolderHasNoPids() {
    assertThat(new PidRegistry(dir.resolve("nowhere")).recorded()).isEmpty();
  }
}
