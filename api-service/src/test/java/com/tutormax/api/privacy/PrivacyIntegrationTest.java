package com.tutormax.api.privacy;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Export and erasure of a person, end to end through the API. */
@ServiceIntegrationTest
@TestPropertySource(properties = "tutormax.auth.bcrypt-strength=4")
class PrivacyIntegrationTest {

  @Autowired WebTestClient web;

  private final String adminId = UUID.randomUUID().toString();
  private final String admin = TestTokens.token(adminId, Duration.ofMinutes(10), null, "ADMIN");

  @Test
  void exportShowsEverythingHeldAndErasureAnonymisesAndSignsOut() {
    String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@tutormax.test";
    String id =
        web.post()
            .uri("/api/admin/users")
            .headers(h -> h.setBearerAuth(admin))
            .bodyValue(
                Map.of(
                    "email",
                    email,
                    "name",
                    "Pat Person",
                    "password",
                    "Sturdy-Passw0rd!",
                    "roles",
                    List.of("PEOPLE_OPS")))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id")
            .toString();
    Map<?, ?> tokens =
        web.post()
            .uri("/api/auth/login")
            .bodyValue(Map.of("email", email, "password", "Sturdy-Passw0rd!"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();

    web.get()
        .uri("/api/admin/privacy/users/{id}/export", id)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(email)
        .jsonPath("$.name")
        .isEqualTo("Pat Person")
        .jsonPath("$.roles[0]")
        .isEqualTo("PEOPLE_OPS")
        .jsonPath("$.activity[?(@.action=='LOGIN_SUCCESS')]")
        .exists()
        .jsonPath("$.actionsAboutThem[?(@.action=='USER_CREATE')]")
        .exists();

    web.post()
        .uri("/api/admin/privacy/users/{id}/erase", id)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNoContent();

    web.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", email, "password", "Sturdy-Passw0rd!"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    web.post()
        .uri("/api/auth/refresh")
        .bodyValue(Map.of("refreshToken", tokens.get("refreshToken")))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    web.get()
        .uri("/api/admin/privacy/users/{id}/export", id)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo("erased-" + id + "@erased.invalid")
        .jsonPath("$.name")
        .isEqualTo("Erased user")
        .jsonPath("$.status")
        .isEqualTo("DISABLED")
        .jsonPath("$.roles.length()")
        .isEqualTo(0)
        .jsonPath("$.actionsAboutThem[?(@.action=='PRIVACY_ERASE')]")
        .exists()
        .jsonPath("$.actionsAboutThem[?(@.action=='PRIVACY_EXPORT')]")
        .exists();
  }

  @Test
  void anAdminCannotEraseThemselvesAndUnknownPeopleAre404() {
    web.post()
        .uri("/api/admin/privacy/users/{id}/erase", adminId)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isForbidden();
    web.get()
        .uri("/api/admin/privacy/users/{id}/export", UUID.randomUUID())
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
