package com.tutormax.infra.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

  @TempDir Path dir;

  @Test
  void formatsAndParsesPidAndStartTime() {
    PidFile pid = new PidFile(4242, Instant.ofEpochMilli(1_700_000_000_123L));

    assertThat(pid.format()).isEqualTo("4242\n1700000000123\n");
    assertThat(PidFile.parse(pid.format())).contains(pid);
  }

  @Test
  void aPidAloneIsEnough() {
    assertThat(PidFile.parse("123\n")).contains(new PidFile(123, null));
    assertThat(new PidFile(123, null).format()).isEqualTo("123\n");
  }

  @Test
  void garbageIsNoPid() {
    assertThat(PidFile.parse("")).isEmpty();
    assertThat(PidFile.parse("launcher\n")).isEmpty();
    assertThat(PidFile.parse("-5\n")).isEmpty();
    assertThat(PidFile.parse("12\nyesterday\n")).isEmpty();
  }

  @Test
  void writesAndReadsAFile() {
    Path file = dir.resolve("pids").resolve("kafka.pid");
    PidFile pid = PidFile.of(ProcessHandle.current());

    pid.write(file);

    assertThat(PidFile.read(file)).contains(pid);
    assertThat(PidFile.read(dir.resolve("absent.pid"))).isEmpty();
    assertThat(file.resolveSibling("kafka.pid.tmp")).doesNotExist();
  }

  @Test
  void theCurrentProcessIsAlive() {
    assertThat(PidFile.of(ProcessHandle.current()).liveProcess())
        .map(ProcessHandle::pid)
        .contains(ProcessHandle.current().pid());
  }

  @Test
  void aReusedPidDoesNotMatch() {
    Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
    PidFile recordedEarlier = new PidFile(ProcessHandle.current().pid(), started.minusSeconds(60));

    assertThat(recordedEarlier.isAlive()).isFalse();
  }

  @Test
  void aProcessKilledHardIsNotAlive() throws Exception {
    Process child = new ProcessBuilder("sleep", "60").start();
    PidFile pid = PidFile.of(child.toHandle());
    assertThat(pid.isAlive()).isTrue();

    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
    Thread.sleep(200);

    assertThat(pid.isAlive()).isFalse();
    child.waitFor();
  }

  @Test
  void anExitedProcessIsNotAlive() throws Exception {
    Process process = new ProcessBuilder("true").start();
    PidFile pid = PidFile.of(process.toHandle());
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(pid.isAlive()).isFalse();
    assertThat(Files.exists(dir)).isTrue();
  }
}
