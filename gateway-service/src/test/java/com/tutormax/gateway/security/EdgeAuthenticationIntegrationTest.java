package com.tutormax.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The gateway refuses bad tokens on protected routes before anything reaches a service. */
@GatewayIntegrationTest
class EdgeAuthenticationIntegrationTest extends GatewayTestBase {

  private void refusedWithoutReachingTheService(String authorization) {
    var request = gateway.get().uri("/api/tutors").header("X-Forwarded-For", clientAddress);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(stub("api").hits()).isZero();
  }

  @Test
  void missingMalformedForgedAndExpiredTokensStopAtTheEdge() {
    refusedWithoutReachingTheService(null);
    refusedWithoutReachingTheService("Bearer not-a-token");
    String real = TestTokens.forRoles("ADMIN");
    refusedWithoutReachingTheService(
        "Bearer " + real.substring(0, real.lastIndexOf('.') + 1) + "Zm9yZ2Vk");
    refusedWithoutReachingTheService(
        "Bearer " + TestTokens.token("someone", Duration.ofSeconds(-120), null, "ADMIN"));
    NimbusJwtEncoder foreign =
        new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(new byte[32], "HmacSHA256")));
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer("tutormax")
            .subject("intruder")
            .expiresAt(Instant.now().plusSeconds(60))
            .claim("roles", List.of("ADMIN"))
            .build();
    refusedWithoutReachingTheService(
        "Bearer "
            + foreign
                .encode(
                    JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue());
  }

  @Test
  void aValidTokenIsProxiedWithItsAuthorizationHeader() {
    web.get().uri("/api/tutors").exchange().expectStatus().isOk();
    assertThat(stub("api").hits()).isEqualTo(1);
    assertThat(stub("api").last().headers().getFirst("Authorization"))
        .isEqualTo("Bearer " + accessToken);
  }

  @Test
  void signInHealthFeedbackFormsAndTheDashboardAreOpen() {
    gateway
        .get()
        .uri("/api/health/database")
        .header("X-Forwarded-For", clientAddress)
        .exchange()
        .expectStatus()
        .isOk();
    gateway
        .post()
        .uri("/api/auth/login")
        .header("X-Forwarded-For", clientAddress)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isOk();
    gateway
        .post()
        .uri("/api/feedback/forms/some-link")
        .header("X-Forwarded-For", clientAddress)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isOk();
    gateway.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
  }

  @Test
  void onlyTheFormsAreOpenNotTheFeedbackBehindThem() {
    gateway
        .get()
        .uri("/api/feedback")
        .header("X-Forwarded-For", clientAddress)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    gateway
        .get()
        .uri("/api/feedback/forms/a/b")
        .header("X-Forwarded-For", clientAddress)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
