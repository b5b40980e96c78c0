package com.tutormax.api.identity.oauth;

import com.tutormax.api.identity.domain.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE (RFC 7636, S256): a random verifier kept by us, its SHA-256 challenge sent along. */
public final class Pkce {

  private Pkce() {}

  public static String newVerifier() {
    return Tokens.newOpaqueToken();
  }

  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
