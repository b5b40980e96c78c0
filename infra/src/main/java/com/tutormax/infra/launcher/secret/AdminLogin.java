package com.tutormax.infra.launcher.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The local fleet's first admin: api-service creates it from TUTORMAX_ADMIN_EMAIL and
 * TUTORMAX_ADMIN_PASSWORD when no admin exists. The password is generated once into a file only its
 * owner can read; the launcher prints it on the run that generated it.
 */
public record AdminLogin(String email, String password, boolean createdNow) {

  public static final String EMAIL = "admin@tutormax.local";

  public static AdminLogin readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        return new AdminLogin(lines.get(0).strip(), lines.get(1).strip(), false);
      }
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      // 24 random characters, plus one of each class the password policy asks for.
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "-Tm7";
      Files.createDirectories(file.getParent());
      Files.writeString(file, EMAIL + "\n" + password + "\n");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return new AdminLogin(EMAIL, password, true);
    } catch (IOException | IndexOutOfBoundsException e) {
      throw new UncheckedIOException(
          "cannot read or create " + file + " (delete it to generate a new admin login)",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
