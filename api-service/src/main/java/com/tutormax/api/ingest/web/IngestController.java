package com.tutormax.api.ingest.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.ingest.config.IngestProperties;
import com.tutormax.api.ingest.domain.IntegrationClient;
import com.tutormax.api.ingest.domain.RecordKind;
import com.tutormax.api.ingest.service.IngestService;
import com.tutormax.api.ingest.service.IngestService.Sender;
import com.tutormax.api.ingest.service.IntegrationClientService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Real records from outside (docs/ingestion.md): one JSON object (202, or 422 with every field
 * error) or an array of up to max-batch-size objects (200 with each item's result). ADMIN or an
 * active integration client only.
 */
@RestController
@RequestMapping(path = "/api/ingest", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Ingestion",
    description =
        "Real tutors, students, sessions, feedback and tutor events, in the generator's formats")
class IngestController {

  private static final String BODY =
      "Body: one record (202 Accepted, or 422 with every field error) or an array of records"
          + " (200 with each item's result). Formats: docs/ingestion.md.";

  private final IngestService ingest;
  private final IntegrationClientService clients;
  private final IngestProperties properties;

  IngestController(
      IngestService ingest, IntegrationClientService clients, IngestProperties properties) {
    this.ingest = ingest;
    this.clients = clients;
    this.properties = properties;
  }

  @PostMapping("/tutors")
  @Operation(summary = "Ingest tutors", description = BODY)
  Mono<ResponseEntity<Object>> tutors(@AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.TUTOR, jwt, request);
  }

  @PostMapping("/students")
  @Operation(summary = "Ingest students (under-13s need parental consent)", description = BODY)
  Mono<ResponseEntity<Object>> students(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.STUDENT, jwt, request);
  }

  @PostMapping("/sessions")
  @Operation(summary = "Ingest sessions of known tutors and students", description = BODY)
  Mono<ResponseEntity<Object>> sessions(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.SESSION, jwt, request);
  }

  @PostMapping("/bookings")
  @Operation(
      summary = "Ingest booked sessions of known tutors and students, before they happen",
      description = BODY)
  Mono<ResponseEntity<Object>> bookings(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.BOOKING, jwt, request);
  }

  @PostMapping("/feedback")
  @Operation(summary = "Ingest feedback on known sessions", description = BODY)
  Mono<ResponseEntity<Object>> feedback(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.FEEDBACK, jwt, request);
  }

  @PostMapping("/tutor-events")
  @Operation(
      summary = "Ingest tutor behaviour: logins, message responses, availability, training",
      description = BODY)
  Mono<ResponseEntity<Object>> tutorEvents(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.TUTOR_EVENT, jwt, request);
  }

  @PostMapping("/lifecycle")
  @Operation(summary = "Ingest tutor resignations, inactivity and returns", description = BODY)
  Mono<ResponseEntity<Object>> lifecycle(
      @AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return ingest(RecordKind.LIFECYCLE, jwt, request);
  }

  private Mono<ResponseEntity<Object>> ingest(RecordKind kind, Jwt jwt, ServerHttpRequest request) {
    ClientInfo from = ClientInfo.of(request);
    return sender(jwt)
        .flatMap(
            sender ->
                IngestBody.read(request, properties.maxBodySize().toBytes())
                    .flatMap(body -> ingestBody(kind, body, sender, from, request)));
  }

  private Mono<ResponseEntity<Object>> ingestBody(
      RecordKind kind, JsonNode body, Sender sender, ClientInfo from, ServerHttpRequest request) {
    if (body.isObject()) {
      return ingest
          .ingest(kind, List.of(body), sender, from)
          .map(outcomes -> IngestResponses.single(outcomes.get(0)));
    }
    if (!body.isArray()) {
      return Mono.error(
          IngestBody.badRequest("The body must be a JSON object or an array of objects"));
    }
    if (body.isEmpty()) {
      return Mono.error(IngestBody.badRequest("The batch is empty"));
    }
    if (body.size() > properties.maxBatchSize()) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "A batch holds at most "
                  + properties.maxBatchSize()
                  + " records; this one has "
                  + body.size()));
    }
    List<JsonNode> items = new ArrayList<>(body.size());
    body.forEach(items::add);
    return ingest.ingest(kind, items, sender, from).map(IngestResponses::batch);
  }

  /**
   * The caller for the audit log. An integration client's token is honoured only while the client
   * is active, so revoking it takes effect at once rather than when its tokens expire.
   */
  private Mono<Sender> sender(Jwt jwt) {
    UUID id = uuidOrNull(jwt.getSubject());
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles != null && roles.contains(IntegrationClient.ROLE)) {
      return clients
          .requireActive(id)
          .thenReturn(new Sender(id, "integration:" + jwt.getClaimAsString("client_name")));
    }
    return Mono.just(new Sender(id, jwt.getClaimAsString("email")));
  }

  private static UUID uuidOrNull(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
