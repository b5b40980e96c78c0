package com.tutormax.common.testing;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.tutormax.common.security.SigningKey;
import com.tutormax.testsupport.InfrastructureInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Access tokens as api-service issues them, signed with the tests' SECRET_KEY. */
public final class TestTokens {

  private static final NimbusJwtEncoder ENCODER =
      new NimbusJwtEncoder(
          new ImmutableSecret<>(SigningKey.fromSecret(InfrastructureInitializer.TEST_SECRET_KEY)));

  private TestTokens() {}

  public static String forRoles(String... roles) {
    return token(UUID.randomUUID().toString(), Duration.ofMinutes(10), null, roles);
  }

  /** A student's token, linked to their student record. */
  public static String forStudent(String studentId) {
    return signed(
        UUID.randomUUID().toString(), Duration.ofMinutes(10), null, studentId, List.of("STUDENT"));
  }

  public static String token(String subject, Duration validFor, String tutorId, String... roles) {
    return signed(subject, validFor, tutorId, null, List.of(roles));
  }

  private static String signed(
      String subject, Duration validFor, String tutorId, String studentId, List<String> roles) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer("tutormax")
            .subject(subject)
            // An expired token was issued before it expired.
            .issuedAt(validFor.isNegative() ? now.plus(validFor).minusSeconds(900) : now)
            .expiresAt(now.plus(validFor))
            .claim("email", subject + "@tutormax.test")
            .claim("roles", roles);
    if (tutorId != null) {
      claims.claim("tutor_id", tutorId);
    }
    if (studentId != null) {
      claims.claim("student_id", studentId);
    }
    return ENCODER
        .encode(
            JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
        .getTokenValue();
  }
}
