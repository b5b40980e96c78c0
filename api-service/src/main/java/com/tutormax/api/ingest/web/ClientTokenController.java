package com.tutormax.api.ingest.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.ingest.service.ClientCredentialsFailedException;
import com.tutormax.api.ingest.service.IntegrationClientService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The OAuth2 client-credentials grant for integration clients (RFC 6749 section 4.4): client_id and
 * client_secret as form fields, JSON fields or HTTP Basic. Errors are problem+json with the OAuth2
 * error code in "error".
 */
@RestController
@RequestMapping("/api/auth/token")
@Tag(name = "Auth", description = "Password sign-in, token refresh, sign-out")
class ClientTokenController {

  static final String GRANT = "client_credentials";

  private final IntegrationClientService clients;

  ClientTokenController(IntegrationClientService clients) {
    this.clients = clients;
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

  @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  @Operation(summary = "Exchange integration client credentials for an access token (form)")
  Mono<ResponseEntity<Object>> form(ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .flatMap(form -> token(form.toSingleValueMap(), exchange.getRequest()));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Exchange integration client credentials for an access token (JSON)")
  Mono<ResponseEntity<Object>> json(
      @RequestBody Map<String, Object> body, ServerHttpRequest request) {
    Map<String, String> fields = new HashMap<>();
    body.forEach(
        (name, value) -> {
          if (value instanceof String text) {
            fields.put(name, text);
          }
        });
    return token(fields, request);
  }

  private Mono<ResponseEntity<Object>> token(
      Map<String, String> fields, ServerHttpRequest request) {
    String grant = fields.get("grant_type");
    if (grant == null || grant.isBlank()) {
      return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type is required", request);
    }
    if (!GRANT.equals(grant)) {
      return error(
          HttpStatus.BAD_REQUEST,
          "unsupported_grant_type",
          "Only grant_type=client_credentials is supported",
          request);
    }
    String[] basic = basicCredentials(request);
    boolean inBody = fields.containsKey("client_id") || fields.containsKey("client_secret");
    if (basic != null && inBody) {
      return error(
          HttpStatus.BAD_REQUEST,
          "invalid_request",
          "Send the client credentials one way: HTTP Basic or the body",
          request);
    }
    String id = basic != null ? basic[0] : fields.get("client_id");
    String secret = basic != null ? basic[1] : fields.get("client_secret");
    if (id == null || id.isBlank() || secret == null || secret.isEmpty()) {
      return error(
          HttpStatus.BAD_REQUEST,
          "invalid_request",
          "client_id and client_secret are required",
          request);
    }
    return clients
        .issueToken(id.trim(), secret, ClientInfo.of(request))
        .map(
            token ->
                ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.PRAGMA, "no-cache")
                    .<Object>body(
                        new TokenResponse(token.accessToken(), "Bearer", token.expiresIn())))
        .onErrorResume(
            ClientCredentialsFailedException.class,
            e ->
                error(
                    HttpStatus.UNAUTHORIZED,
                    "invalid_client",
                    ClientCredentialsFailedException.MESSAGE,
                    request));
  }

  /** {id, secret} from "Authorization: Basic …" (each form-encoded first, as RFC 6749 says). */
  private static String[] basicCredentials(ServerHttpRequest request) {
    String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return new String[] {null, null};
      }
      return new String[] {
        URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException e) {
      return new String[] {null, null};
    }
  }

  private static Mono<ResponseEntity<Object>> error(
      HttpStatus status, String code, String detail, ServerHttpRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getPath().value()));
    problem.setProperty("error", code);
    return Mono.just(
        ResponseEntity.status(status)
            .cacheControl(CacheControl.noStore())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem));
  }
}
