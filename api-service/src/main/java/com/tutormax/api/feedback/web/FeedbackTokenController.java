package com.tutormax.api.feedback.web;

import com.tutormax.api.feedback.domain.IssuedToken;
import com.tutormax.api.feedback.service.FeedbackFormService;
import com.tutormax.api.feedback.service.FeedbackFormService.Issuer;
import com.tutormax.api.identity.service.ClientInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Staff issue a session's feedback link (admin and operations; see SecurityConfiguration). */
@RestController
@RequestMapping("/api/feedback/tokens")
@Tag(name = "Feedback forms", description = "Students rate a session through a single-use link")
class FeedbackTokenController {

  private final FeedbackFormService forms;

  FeedbackTokenController(FeedbackFormService forms) {
    this.forms = forms;
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record NewLink(@NotBlank @Size(max = 64) String sessionId, @Min(1) Integer validForHours) {}

  @PostMapping
  @Operation(summary = "A single-use link for the session's student; replaces unused ones")
  Mono<ResponseEntity<IssuedToken>> issue(
      @AuthenticationPrincipal Jwt jwt,
      @Valid @RequestBody NewLink body,
      ServerHttpRequest request) {
    Issuer issuer = new Issuer(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
    Duration validFor =
        body.validForHours() == null ? null : Duration.ofHours(body.validForHours());
    return forms
        .issue(issuer, body.sessionId(), validFor, ClientInfo.of(request))
        .map(
            issued ->
                ResponseEntity.status(HttpStatus.CREATED)
                    .cacheControl(CacheControl.noStore())
                    .body(issued));
  }
}
