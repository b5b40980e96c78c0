package com.tutormax.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 key every service derives from SECRET_KEY: SHA-256 of the secret, so any secret length
 * gives a full 256-bit key. Without a secret (local runs only; production refuses to start) a
 * random key is used and tokens are valid only in this process.
 */
public final class SigningKey {

  private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

  private SigningKey() {}

  public static SecretKey fromSecret(String secret) {
    byte[] material;
    if (secret == null || secret.isBlank()) {
      log.warn("SECRET_KEY is not set: using a random signing key for this process only");
      material = new byte[32];
      new SecureRandom().nextBytes(material);
    } else {
      material = sha256(secret);
    }
    return new SecretKeySpec(material, "HmacSHA256");
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
