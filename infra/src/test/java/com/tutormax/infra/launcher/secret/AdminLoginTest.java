package com.tutormax.infra.launcher.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminLoginTest {

  @TempDir Path dir;

  @Test
  void generatedOnceOwnerOnlyAndReusedAfterwards() throws Exception {
    Path file = dir.resolve("admin-login");
    AdminLogin first = AdminLogin.readOrCreate(file);
    assertThat(first.createdNow()).isTrue();
    assertThat(first.email()).isEqualTo(AdminLogin.EMAIL);
    assertThat(first.password())
        .hasSizeGreaterThanOrEqualTo(24)
        .matches(".*[A-Z].*")
        .matches(".*\\d.*");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");

    AdminLogin again = AdminLogin.readOrCreate(file);
    assertThat(again.createdNow()).isFalse();
    assertThat(again.password()).isEqualTo(first.password());
    assertThat(AdminLogin.readOrCreate(dir.resolve("other")).password())
        .isNotEqualTo(first.password());
  }
}
