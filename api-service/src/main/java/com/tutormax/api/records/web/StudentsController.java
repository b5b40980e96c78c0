package com.tutormax.api.records.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.records.domain.Student;
import com.tutormax.api.records.service.RecordReader;
import com.tutormax.api.records.service.StudentConsents;
import com.tutormax.api.records.service.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Students with their decrypted names and parental consent: staff only, all audited. */
@RestController
@RequestMapping("/api/students")
@Tag(name = "Records: students", description = "Stored students (personal data), staff only")
class StudentsController {

  private final RecordReader reader;
  private final Viewers viewers;
  private final StudentConsents consents;

  StudentsController(RecordReader reader, Viewers viewers, StudentConsents consents) {
    this.reader = reader;
    this.viewers = viewers;
    this.consents = consents;
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Consent(@NotNull Boolean parentalConsent) {}

  @GetMapping("/{id}")
  @Operation(summary = "One student: name, age, grade and parental consent (audited)")
  Mono<Student> one(
      @AuthenticationPrincipal Jwt jwt, @PathVariable String id, ServerHttpRequest request) {
    return viewers
        .of(jwt)
        .flatMap(viewer -> reader.student(viewer, who(jwt), id, ClientInfo.of(request)));
  }

  @PutMapping("/{id}/consent")
  @Operation(summary = "Record or withdraw a parent's consent (COPPA; audited)")
  Mono<Consent> consent(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @Valid @RequestBody Consent body,
      ServerHttpRequest request) {
    return consents
        .record(who(jwt), id, body.parentalConsent(), ClientInfo.of(request))
        .thenReturn(body);
  }

  private static RecordReader.Reader who(Jwt jwt) {
    return new RecordReader.Reader(parseOrNull(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  private static UUID parseOrNull(String subject) {
    try {
      return UUID.fromString(subject);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
