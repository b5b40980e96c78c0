package com.tutormax.common.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens one fleet service presents to another (role {@value #ROLE}): signed with the same
 * SECRET_KEY-derived key every service verifies, short-lived, and reused until shortly before they
 * expire. No person and no integration client holds this role.
 */
public final class ServiceTokens {

  public static final String ROLE = "SERVICE";

  static final Duration TTL = Duration.ofMinutes(5);
  static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

  private final JwtEncoder encoder;
  private final String service;
  private final Clock clock;
  private String token;
  private Instant expiresAt = Instant.EPOCH;

  public ServiceTokens(SecretKey signingKey, String service, Clock clock) {
    this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(signingKey));
    this.service = service;
    this.clock = clock;
  }

  /** A valid token for this service. */
  public synchronized String token() {
    Instant now = clock.instant();
    if (token == null || now.isAfter(expiresAt.minus(RENEW_BEFORE))) {
      expiresAt = now.plus(TTL);
      JwtClaimsSet claims =
          JwtClaimsSet.builder()
              .issuer(SecurityAutoConfiguration.ISSUER)
              .subject(service)
              .issuedAt(now)
              .expiresAt(expiresAt)
              .claim("roles", List.of(ROLE))
              .build();
      token =
          encoder
              .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
              .getTokenValue();
    }
    return token;
  }
}
