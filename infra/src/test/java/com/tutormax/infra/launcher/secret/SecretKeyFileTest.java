package com.tutormax.infra.launcher.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {

  @TempDir Path dir;

  @Test
  void generatedOnceOwnerOnlyAndReused() throws Exception {
    Path file = dir.resolve(".tutormax").resolve("secret-key");

    String first = SecretKeyFile.readOrCreate(file);
    String second = SecretKeyFile.readOrCreate(file);

    assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void anExistingKeyIsKept() throws Exception {
    Path file = dir.resolve("secret-key");
    Files.writeString(file, "my-own-key\n");

    assertThat(SecretKeyFile.readOrCreate(file)).isEqualTo("my-own-key");
  }
}
