package com.tutormax.api.privacy.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.privacy.service.PrivacyService.Requester;
import com.tutormax.api.privacy.service.RetentionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The educational records' retention sweep on request; admin only, audited. */
@RestController
@Tag(name = "Admin: privacy", description = "Export or erase what is held about a person")
class RetentionController {

  private final RetentionService retention;

  RetentionController(RetentionService retention) {
    this.retention = retention;
  }

  @PostMapping("/api/admin/privacy/retention")
  @Operation(summary = "Delete educational records older than 7 years and ended feedback links")
  Mono<RetentionService.Sweep> sweep(@AuthenticationPrincipal Jwt jwt, ServerHttpRequest request) {
    return retention.sweep(
        new Requester(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email")),
        ClientInfo.of(request));
  }
}
