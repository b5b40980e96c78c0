package com.tutormax.api.ingest.domain;

import com.tutormax.api.identity.domain.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Client secrets: 256 random bits, shown once and stored only as their SHA-256. A secret that
 * random cannot be guessed from its hash, so a slow hash (BCrypt) would only slow every token
 * request down.
 */
public final class ClientSecrets {

  private ClientSecrets() {}

  public static String newSecret() {
    return Tokens.newOpaqueToken();
  }

  public static String hash(String secret) {
    return Tokens.sha256(secret);
  }

  /** Compares in constant time, so the answer's timing says nothing about the stored hash. */
  public static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(
        hash(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
