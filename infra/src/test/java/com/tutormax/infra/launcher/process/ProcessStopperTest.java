package com.tutormax.infra.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessStopperTest {

  @Test
  void sigtermStopsAPoliteProcess() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();

    assertThat(ProcessStopper.terminate(sleeper.toHandle(), Duration.ofSeconds(10))).isTrue();
    assertThat(sleeper.isAlive()).isFalse();
  }

  @Test
  void aProcessIgnoringSigtermIsKilledAfterTheGrace() throws Exception {
    Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; exec sleep 60").start();
    Thread.sleep(300);

    assertThat(ProcessStopper.terminate(stubborn.toHandle(), Duration.ofMillis(500))).isFalse();
    assertThat(stubborn.isAlive()).isFalse();
  }

  @Test
  void terminatesSeveralAtOnce() throws Exception {
    Process first = new ProcessBuilder("sleep", "60").start();
    Process second = new ProcessBuilder("sleep", "60").start();

    Map<ProcessHandle, Boolean> clean =
        ProcessStopper.terminateAll(
            List.of(first.toHandle(), second.toHandle()), Duration.ofSeconds(10));

    assertThat(clean).containsValues(true, true).hasSize(2);
    assertThat(first.isAlive() || second.isAlive()).isFalse();
  }

  @Test
  void anotherSignalWithAFallback() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "60").start();

    assertThat(ProcessStopper.signal(sleeper.toHandle(), "INT", Duration.ofSeconds(10), "KILL"))
        .isTrue();
    assertThat(sleeper.isAlive()).isFalse();
  }
}
