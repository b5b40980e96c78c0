package com.tutormax.api.records.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Student names at rest: AES-256-GCM with a random 12-byte IV, stored as {@code version || IV ||
 * ciphertext+tag}. The key is derived from SECRET_KEY with HMAC-SHA256 over a purpose label, so it
 * differs from the JWT signing key (SHA-256 of the same secret). The student id is authenticated
 * data: a name copied onto another student's row does not decrypt.
 */
public final class StudentNameCipher {

  static final byte VERSION = 1;
  static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String PURPOSE = "tutormax/student-name/aes-256-gcm/v1";

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public StudentNameCipher(byte[] key256) {
    if (key256.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key");
    }
    this.key = new SecretKeySpec(key256.clone(), "AES");
  }

  /** The cipher keyed from SECRET_KEY. */
  public static StudentNameCipher fromSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("SECRET_KEY is required to encrypt student names");
    }
    return new StudentNameCipher(deriveKey(secret));
  }

  static byte[] deriveKey(String secret) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return hmac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  public byte[] encrypt(String name, String studentId) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, studentId);
      byte[] sealed = cipher.doFinal(name.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * The name, if {@code stored} was sealed by this key for this student.
   *
   * @throws UnreadableNameException when it was altered, sealed for another student or with another
   *     key, or has an unknown format version
   */
  public String decrypt(byte[] stored, String studentId) {
    if (stored == null || stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
      throw new UnreadableNameException("unknown format");
    }
    byte[] iv = Arrays.copyOfRange(stored, 1, 1 + IV_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, studentId);
      byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UnreadableNameException("authentication failed");
    }
  }

  private Cipher cipher(int mode, byte[] iv, String studentId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(studentId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  /** A stored name that this key cannot (or must not) decrypt. */
  public static final class UnreadableNameException extends RuntimeException {
    UnreadableNameException(String why) {
      super("Student name cannot be decrypted: " + why);
    }
  }
}
