package com.tutormax.infra.launcher.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The local SECRET_KEY (the services' HS256 JWT key): 256 random bits, generated once into a file
 * only its owner can read, and reused so tokens stay valid across restarts.
 */
public final class SecretKeyFile {

  private static final int BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SecretKeyFile() {}

  public static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      String key = Files.readString(file).strip();
      if (key.isEmpty()) {
        throw new IllegalStateException(file + " is empty: delete it to generate a new key");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[BYTES];
    new SecureRandom().nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    Files.createDirectories(file.getParent());
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    try {
      Files.createFile(file, attributes);
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    if (posix) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    Files.writeString(file, key + "\n");
  }
}
