package com.tutormax.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.ingest.IntegrationClients.Credentials;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Integration clients: created by an admin, trading their secret for a token, revoked. */
@ServiceIntegrationTest
class IntegrationClientIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;
  @Autowired ReactiveJwtDecoder jwtDecoder;

  private WebTestClient.ResponseSpec ingestTutor(String token, String tutorId) {
    return web.post()
        .uri("/api/ingest/tutors")
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(IngestRecords.tutor(tutorId))
        .exchange();
  }

  private List<String> audit(String action, String targetId) {
    return db.sql(
            "SELECT outcome || ' ' || coalesce(details, '') AS entry FROM audit_log WHERE action ="
                + " :a AND target_id = :t ORDER BY id")
        .bind("a", action)
        .bind("t", targetId)
        .map(row -> row.get("entry", String.class))
        .all()
        .collectList()
        .block();
  }

  @Test
  void aClientIngestsWithItsTokenCanDoNothingElseAndStopsTheMomentItIsRevoked() {
    String name = "school-sis-" + IngestRecords.id("c");
    Credentials client = IntegrationClients.create(web, name);
    assertThat(client.secret()).hasSizeGreaterThanOrEqualTo(43);
    String stored =
        db.sql("SELECT secret_hash FROM integration_clients WHERE id = :id")
            .bind("id", UUID.fromString(client.clientId()))
            .map(row -> row.get("secret_hash", String.class))
            .one()
            .block();
    assertThat(stored).isNotEqualTo(client.secret()).hasSize(64);

    Map<?, ?> issued =
        IntegrationClients.requestToken(web, client)
            .expectStatus()
            .isOk()
            .expectHeader()
            .cacheControl(org.springframework.http.CacheControl.noStore())
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(issued.get("token_type")).isEqualTo("Bearer");
    assertThat(issued.get("expires_in")).isEqualTo(600);
    String token = issued.get("access_token").toString();
    Jwt jwt = jwtDecoder.decode(token).block();
    assertThat(jwt.getSubject()).isEqualTo(client.clientId());
    assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INTEGRATION");
    assertThat(jwt.getClaimAsString("iss")).isEqualTo("tutormax");

    ingestTutor(token, IngestRecords.id("T")).expectStatus().isAccepted();

    for (String route :
        List.of(
            "GET /api/auth/me",
            "GET /api/admin/users",
            "GET /api/admin/integration-clients",
            "GET /api/admin/audit",
            "GET /api/workers/dashboard")) {
      String[] parts = route.split(" ");
      web.method(HttpMethod.valueOf(parts[0]))
          .uri(parts[1])
          .headers(h -> h.setBearerAuth(token))
          .exchange()
          .expectStatus()
          .isForbidden();
    }

    web.delete()
        .uri("/api/admin/integration-clients/{id}", client.clientId())
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isNoContent();

    // The token has not expired, but its client is gone.
    ingestTutor(token, IngestRecords.id("T"))
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("This integration client has been revoked; its tokens no longer work");
    IntegrationClients.requestToken(web, client)
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.error")
        .isEqualTo("invalid_client");

    assertThat(audit("INTEGRATION_CLIENT_CREATE", client.clientId()))
        .containsExactly("SUCCESS name " + name);
    assertThat(audit("INTEGRATION_TOKEN", client.clientId()))
        .containsExactly("SUCCESS ", "FAILURE client revoked");
    assertThat(audit("INTEGRATION_CLIENT_REVOKE", client.clientId()))
        .containsExactly("SUCCESS name " + name);
    List<String> ingestions =
        db.sql("SELECT actor FROM audit_log WHERE action = 'INGEST' AND actor_id = :id")
            .bind("id", UUID.fromString(client.clientId()))
            .map(row -> row.get("actor", String.class))
            .all()
            .collectList()
            .block();
    assertThat(ingestions).containsExactly("integration:" + name);
  }

  @Test
  void adminsListClientsWithoutTheirSecrets() {
    Credentials client = IntegrationClients.create(web, "lister-" + IngestRecords.id("c"));
    String list =
        web.get()
            .uri("/api/admin/integration-clients")
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(list)
        .contains("\"client_id\":\"" + client.clientId() + "\"")
        .contains("\"status\":\"active\"")
        .doesNotContain(client.secret())
        .doesNotContain("secret");
  }

  @Test
  void anUnknownClientAndAWrongSecretGetTheSameAnswerAndAreAudited() {
    Credentials client = IntegrationClients.create(web, "guarded-" + IngestRecords.id("c"));
    String unknownId = UUID.randomUUID().toString();
    String wrongSecret =
        IntegrationClients.requestToken(web, new Credentials(client.clientId(), "guess"))
            .expectStatus()
            .isUnauthorized()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    String unknown =
        IntegrationClients.requestToken(web, new Credentials(unknownId, client.secret()))
            .expectStatus()
            .isUnauthorized()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(wrongSecret).isEqualTo(unknown).contains("invalid_client");
    assertThat(audit("INTEGRATION_TOKEN", client.clientId()))
        .containsExactly("FAILURE wrong secret");
    assertThat(audit("INTEGRATION_TOKEN", unknownId)).containsExactly("FAILURE unknown client");
  }

  @Test
  void theTokenEndpointTakesJsonAndHttpBasicAndSpeaksOAuthErrors() {
    Credentials client = IntegrationClients.create(web, "formats-" + IngestRecords.id("c"));
    web.post()
        .uri("/api/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "grant_type", "client_credentials",
                "client_id", client.clientId(),
                "client_secret", client.secret()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.access_token")
        .exists();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
    web.post()
        .uri("/api/auth/token")
        .header("Authorization", "Basic " + basic)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
        .exchange()
        .expectStatus()
        .isOk();
    web.post()
        .uri("/api/auth/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("grant_type", "password"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.error")
        .isEqualTo("unsupported_grant_type");
    web.post()
        .uri("/api/auth/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("grant_type", "client_credentials")
                .with("client_id", client.clientId()))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.error")
        .isEqualTo("invalid_request");
  }

  @Test
  void revokingAnUnknownClientIs404() {
    web.delete()
        .uri("/api/admin/integration-clients/{id}", UUID.randomUUID())
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
