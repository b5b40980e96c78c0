package com.tutormax.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.identity.service.TokenPair;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Password sign-in, tokens, roles and their audit trail, on real PostgreSQL. */
@ServiceIntegrationTest
@TestPropertySource(
    properties = {
      "tutormax.auth.first-admin.email=root@tutormax.test",
      "tutormax.auth.first-admin.password=Correct-Horse-42",
      "tutormax.auth.bcrypt-strength=4",
      "tutormax.auth.max-failed-logins=3"
    })
class AuthIntegrationTest {

  static final String ADMIN = "root@tutormax.test";
  static final String ADMIN_PASSWORD = "Correct-Horse-42";

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;
  @Autowired JwtEncoder encoder;

  private TokenPair login(String email, String password) {
    return web.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", email, "password", password))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(TokenPair.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec tryLogin(String email, String password) {
    return web.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", email, "password", password))
        .exchange();
  }

  private WebTestClient.ResponseSpec refresh(String token) {
    return web.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", token)).exchange();
  }

  /** Creates a user through the admin API and returns its id. */
  private String createUser(String email, String password, String... roles) {
    String admin = login(ADMIN, ADMIN_PASSWORD).accessToken();
    return web.post()
        .uri("/api/admin/users")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(
            Map.of(
                "email", email, "name", "Test User", "password", password, "roles", List.of(roles)))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  private static String email(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@tutormax.test";
  }

  private List<String> audit(String action, String targetId) {
    return db.sql("SELECT outcome FROM audit_log WHERE action = :a AND target_id = :t ORDER BY id")
        .bind("a", action)
        .bind("t", targetId)
        .map(row -> row.get("outcome", String.class))
        .all()
        .collectList()
        .block();
  }

  @Test
  void theFirstAdminSignsInAndSeesTheirRoles() {
    TokenPair tokens = login(ADMIN, ADMIN_PASSWORD);
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isEqualTo(900);
    assertThat(tokens.refreshToken()).hasSizeGreaterThan(40);
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(tokens.accessToken()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(ADMIN)
        .jsonPath("$.roles[0]")
        .isEqualTo("ADMIN");
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
    String wrong =
        tryLogin(ADMIN, "Wrong-Password-1")
            .expectStatus()
            .isUnauthorized()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    String unknown =
        tryLogin("nobody@tutormax.test", "Wrong-Password-1")
            .expectStatus()
            .isUnauthorized()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(wrong).isEqualTo(unknown).contains("Invalid credentials");
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
    String email = email("locked");
    String id = createUser(email, "Sturdy-Passw0rd!", "PEOPLE_OPS");
    for (int i = 0; i < 3; i++) {
      tryLogin(email, "Not-The-Password-" + i).expectStatus().isUnauthorized();
    }
    tryLogin(email, "Sturdy-Passw0rd!").expectStatus().isUnauthorized();
    assertThat(audit("LOCKOUT", id)).containsExactly("SUCCESS");
    assertThat(audit("LOGIN_FAILURE", id)).hasSize(4);
  }

  @Test
  void refreshRotatesAndReuseRevokesTheWholeFamily() {
    String email = email("rotate");
    String id = createUser(email, "Sturdy-Passw0rd!", "OPS_MANAGER");
    TokenPair first = login(email, "Sturdy-Passw0rd!");
    TokenPair second =
        refresh(first.refreshToken())
            .expectStatus()
            .isOk()
            .expectBody(TokenPair.class)
            .returnResult()
            .getResponseBody();
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    // The first token again: a replay. Denied, and the live token dies with it.
    refresh(first.refreshToken()).expectStatus().isUnauthorized();
    refresh(second.refreshToken()).expectStatus().isUnauthorized();
    assertThat(audit("REFRESH_REUSE", id)).containsExactly("DENIED");
    assertThat(audit("TOKEN_REFRESH", id)).containsExactly("SUCCESS");
  }

  @Test
  void logoutRevokesTheSession() {
    String email = email("logout");
    createUser(email, "Sturdy-Passw0rd!", "PEOPLE_OPS");
    TokenPair tokens = login(email, "Sturdy-Passw0rd!");
    web.post()
        .uri("/api/auth/logout")
        .bodyValue(Map.of("refreshToken", tokens.refreshToken()))
        .exchange()
        .expectStatus()
        .isNoContent();
    refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
  }

  @Test
  void onlyAnAdminAssignsRolesAndNeverToThemselves() {
    String email = email("ops");
    String id = createUser(email, "Sturdy-Passw0rd!", "OPS_MANAGER");
    String ops = login(email, "Sturdy-Passw0rd!").accessToken();
    web.put()
        .uri("/api/admin/users/{id}/roles", id)
        .headers(h -> h.setBearerAuth(ops))
        .bodyValue(Map.of("roles", List.of("ADMIN")))
        .exchange()
        .expectStatus()
        .isForbidden();

    TokenPair admin = login(ADMIN, ADMIN_PASSWORD);
    String adminId =
        web.get()
            .uri("/api/auth/me")
            .headers(h -> h.setBearerAuth(admin.accessToken()))
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id")
            .toString();
    web.put()
        .uri("/api/admin/users/{id}/roles", adminId)
        .headers(h -> h.setBearerAuth(admin.accessToken()))
        .bodyValue(Map.of("roles", List.of("ADMIN", "OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isForbidden();

    web.put()
        .uri("/api/admin/users/{id}/roles", id)
        .headers(h -> h.setBearerAuth(admin.accessToken()))
        .bodyValue(Map.of("roles", List.of("PEOPLE_OPS")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roles[0]")
        .isEqualTo("PEOPLE_OPS");
    assertThat(audit("ROLE_CHANGE", id)).containsExactly("SUCCESS");
    assertThat(audit("ROLE_CHANGE", adminId)).containsExactly("DENIED");
  }

  @Test
  void aPasswordChangeFollowsThePolicyAndSignsOutEverySession() {
    String email = email("change");
    createUser(email, "Sturdy-Passw0rd!", "PEOPLE_OPS");
    TokenPair tokens = login(email, "Sturdy-Passw0rd!");
    web.post()
        .uri("/api/auth/password")
        .headers(h -> h.setBearerAuth(tokens.accessToken()))
        .bodyValue(Map.of("currentPassword", "Sturdy-Passw0rd!", "newPassword", "short"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    web.post()
        .uri("/api/auth/password")
        .headers(h -> h.setBearerAuth(tokens.accessToken()))
        .bodyValue(Map.of("currentPassword", "Sturdy-Passw0rd!", "newPassword", "Another-Sturdy-9"))
        .exchange()
        .expectStatus()
        .isNoContent();
    refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
    tryLogin(email, "Sturdy-Passw0rd!").expectStatus().isUnauthorized();
    login(email, "Another-Sturdy-9");
  }

  @Test
  void deactivationEndsSessionsAndSignIns() {
    String email = email("gone");
    String id = createUser(email, "Sturdy-Passw0rd!", "TUTOR");
    TokenPair tokens = login(email, "Sturdy-Passw0rd!");
    String admin = login(ADMIN, ADMIN_PASSWORD).accessToken();
    web.post()
        .uri("/api/admin/users/{id}/deactivate", id)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DISABLED");
    refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
    tryLogin(email, "Sturdy-Passw0rd!").expectStatus().isUnauthorized();
    assertThat(audit("USER_DEACTIVATE", id)).containsExactly("SUCCESS");
  }

  @Test
  void missingMalformedForeignAndExpiredTokensAreRefused() {
    web.get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth("not.a.jwt"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    JwtEncoder foreign =
        new NimbusJwtEncoder(
            new com.nimbusds.jose.jwk.source.ImmutableSecret<>(
                new SecretKeySpec(new byte[32], "HmacSHA256")));
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(token(foreign, Instant.now().plusSeconds(60), "ADMIN")))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(token(encoder, Instant.now().minusSeconds(120), "ADMIN")))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    web.get()
        .uri("/api/admin/users")
        .headers(h -> h.setBearerAuth(token(encoder, Instant.now().plusSeconds(60), "TUTOR")))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.FORBIDDEN);
    web.get()
        .uri("/api/admin/users")
        .headers(h -> h.setBearerAuth(token(encoder, Instant.now().plusSeconds(60), "ADMIN")))
        .exchange()
        .expectStatus()
        .isOk();
  }

  private static String token(JwtEncoder with, Instant expires, String role) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer("tutormax")
            .subject(UUID.randomUUID().toString())
            .issuedAt(expires.minusSeconds(900))
            .expiresAt(expires)
            .claim("roles", List.of(role))
            .build();
    return with.encode(
            JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }
}
