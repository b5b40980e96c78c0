package com.tutormax.api.ingest.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.ingest.domain.IntegrationClient;
import com.tutormax.api.ingest.service.IntegrationClientService;
import com.tutormax.api.ingest.service.IntegrationClientService.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Machine credentials for the ingestion API; ADMIN only (enforced in SecurityConfiguration). */
@RestController
@RequestMapping("/api/admin/integration-clients")
@Tag(
    name = "Admin: integration clients",
    description = "Credentials for systems that send real records to the ingestion API")
class IntegrationClientsController {

  private final IntegrationClientService clients;

  IntegrationClientsController(IntegrationClientService clients) {
    this.clients = clients;
  }

  record NewClient(@NotBlank @Size(max = 100) String name) {}

  /** A new client with its secret: the only time the secret is ever shown. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CreatedClient(UUID clientId, String name, String clientSecret, Instant createdAt) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ClientView(
      UUID clientId,
      String name,
      String status,
      Instant createdAt,
      String createdBy,
      Instant revokedAt,
      Instant lastTokenAt) {

    static ClientView of(IntegrationClient c) {
      return new ClientView(
          c.id(),
          c.name(),
          c.active() ? "active" : "revoked",
          c.createdAt(),
          c.createdBy(),
          c.revokedAt(),
          c.lastTokenAt());
    }
  }

  private static Actor actor(Jwt jwt) {
    return new Actor(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  @PostMapping
  @Operation(summary = "Create a client; the answer holds its secret, shown this once")
  Mono<ResponseEntity<CreatedClient>> create(
      @AuthenticationPrincipal Jwt jwt,
      @Valid @RequestBody NewClient body,
      ServerHttpRequest request) {
    return clients
        .create(actor(jwt), body.name(), ClientInfo.of(request))
        .map(
            created ->
                ResponseEntity.status(HttpStatus.CREATED)
                    .cacheControl(CacheControl.noStore())
                    .body(
                        new CreatedClient(
                            created.client().id(),
                            created.client().name(),
                            created.secret(),
                            created.client().createdAt())));
  }

  @GetMapping
  @Operation(summary = "Every client, revoked ones included; never their secrets")
  Flux<ClientView> list() {
    return clients.list().map(ClientView::of);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke a client: its tokens stop working at once")
  Mono<Void> revoke(
      @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, ServerHttpRequest request) {
    return clients.revoke(actor(jwt), id, ClientInfo.of(request));
  }
}
