package com.tutormax.infra.launcher.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

  @TempDir Path dir;

  @Test
  void aCleanStopKeepsTheArchiveItsJvmWrote() throws Exception {
    ClassDataSharing cds = new ClassDataSharing(dir, "java");
    Path pending =
        Files.createDirectories(dir.resolve("churn-service")).resolve("churn-service.jsa.pending");
    Files.writeString(pending, "archive");

    cds.stopped(FleetService.CHURN, true);

    assertThat(cds.archive(FleetService.CHURN)).hasContent("archive");
    assertThat(pending).doesNotExist();
  }

  @Test
  void aKilledJvmsArchiveIsDropped() throws Exception {
    ClassDataSharing cds = new ClassDataSharing(dir, "java");
    Path pending =
        Files.createDirectories(dir.resolve("api-service")).resolve("api-service.jsa.pending");
    Files.writeString(pending, "half an archive");

    cds.stopped(FleetService.API, false);

    assertThat(cds.archive(FleetService.API)).doesNotExist();
    assertThat(pending).doesNotExist();
  }

  @Test
  void theStampChangesWithTheJar() throws Exception {
    Path jar = dir.resolve("x.jar");
    Files.writeString(jar, "one");
    String before = ClassDataSharing.stamp(jar);
    Files.writeString(jar, "two, longer");

    assertThat(ClassDataSharing.stamp(jar)).isNotEqualTo(before).contains(jar.toString());
  }
}
