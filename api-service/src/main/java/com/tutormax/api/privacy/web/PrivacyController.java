package com.tutormax.api.privacy.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.privacy.service.PrivacyService;
import com.tutormax.api.privacy.service.PrivacyService.PersonExport;
import com.tutormax.api.privacy.service.PrivacyService.Requester;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Export and erasure on request; admin only, audited. */
@RestController
@RequestMapping("/api/admin/privacy/users/{id}")
@Tag(name = "Admin: privacy", description = "Export or erase what is held about a person")
class PrivacyController {

  private final PrivacyService privacy;

  PrivacyController(PrivacyService privacy) {
    this.privacy = privacy;
  }

  private static Requester requester(Jwt jwt) {
    return new Requester(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  @GetMapping("/export")
  @Operation(summary = "Everything held about the person, as JSON")
  Mono<PersonExport> export(
      @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, ServerHttpRequest request) {
    return privacy.export(requester(jwt), id, ClientInfo.of(request));
  }

  @PostMapping("/erase")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Anonymise the account, remove its roles and end its sessions")
  Mono<Void> erase(
      @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, ServerHttpRequest request) {
    return privacy.erase(requester(jwt), id, ClientInfo.of(request));
  }
}
