package com.tutormax.api.ingest;

import com.tutormax.common.testing.TestTokens;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Integration clients made the way an admin and a client make them: through the API. */
public final class IntegrationClients {

  private IntegrationClients() {}

  /** A client's id and its secret (shown once). */
  public record Credentials(String clientId, String secret) {}

  public static Credentials create(WebTestClient web, String name) {
    Map<?, ?> created =
        web.post()
            .uri("/api/admin/integration-clients")
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
            .bodyValue(Map.of("name", name))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return new Credentials(
        created.get("client_id").toString(), created.get("client_secret").toString());
  }

  public static WebTestClient.ResponseSpec requestToken(WebTestClient web, Credentials client) {
    return web.post()
        .uri("/api/auth/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("grant_type", "client_credentials")
                .with("client_id", client.clientId())
                .with("client_secret", client.secret()))
        .exchange();
  }

  public static String token(WebTestClient web, Credentials client) {
    return requestToken(web, client)
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("access_token")
        .toString();
  }

  /** A new client's access token. */
  public static String token(WebTestClient web, String clientName) {
    return token(web, create(web, clientName));
  }
}
