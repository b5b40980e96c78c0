package com.tutormax.api.identity.service;

import com.tutormax.api.identity.config.AuthProperties;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Short-lived HS256 access tokens: subject, e-mail, roles and the linked tutor or student. */
@Component
public class AccessTokens {

  public static final String ISSUER = com.tutormax.common.security.SecurityAutoConfiguration.ISSUER;

  private final JwtEncoder encoder;
  private final AuthProperties properties;
  private final Clock clock;

  public AccessTokens(JwtEncoder encoder, AuthProperties properties, Clock clock) {
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  public String issue(User user) {
    Instant now = clock.instant();
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(user.id().toString())
            .issuedAt(now)
            .expiresAt(now.plus(properties.accessTokenTtl()))
            .claim("email", user.email())
            .claim("name", user.displayName())
            .claim("roles", user.roles().stream().map(Role::name).sorted().toList());
    if (user.tutorId() != null) {
      claims.claim("tutor_id", user.tutorId());
    }
    if (user.studentId() != null) {
      claims.claim("student_id", user.studentId());
    }
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
  }

  public long ttlSeconds() {
    return properties.accessTokenTtl().toSeconds();
  }
}
