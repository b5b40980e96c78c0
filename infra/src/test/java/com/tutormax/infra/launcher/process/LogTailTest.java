package com.tutormax.infra.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  @Test
  void lastLinesOfAString() {
    assertThat(LogTail.lastLines("a\nb\nc\nd\n", 2)).isEqualTo("c\nd");
    assertThat(LogTail.lastLines("only\n", 5)).isEqualTo("only");
  }

  @Test
  void lastLinesOfABigFile() throws Exception {
    Path log = dir.resolve("big.log");
    Files.writeString(
        log,
        IntStream.rangeClosed(1, 50_000)
            .mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n")));

    assertThat(LogTail.of(log, 3)).isEqualTo("line 49998\nline 49999\nline 50000");
  }

  @Test
  void aMissingLogSaysSo() {
    assertThat(LogTail.of(dir.resolve("none.log"), 3)).startsWith("(no log at ");
  }
}
