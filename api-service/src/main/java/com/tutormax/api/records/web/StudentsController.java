package com.tutormax.api.records.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.records.domain.Student;
import com.tutormax.api.records.service.RecordReader;
import com.tutormax.api.records.service.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Students with their decrypted names: staff only, every read audited. */
@RestController
@RequestMapping("/api/students")
@Tag(name = "Records: students", description = "Stored students (personal data), staff only")
class StudentsController {

  private final RecordReader reader;
  private final Viewers viewers;

  StudentsController(RecordReader reader, Viewers viewers) {
    this.reader = reader;
    this.viewers = viewers;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One student: name, age, grade and parental consent (audited)")
  Mono<Student> one(
      @AuthenticationPrincipal Jwt jwt, @PathVariable String id, ServerHttpRequest request) {
    RecordReader.Reader who =
        new RecordReader.Reader(parseOrNull(jwt.getSubject()), jwt.getClaimAsString("email"));
    return viewers
        .of(jwt)
        .flatMap(viewer -> reader.student(viewer, who, id, ClientInfo.of(request)));
  }

  private static UUID parseOrNull(String subject) {
    try {
      return UUID.fromString(subject);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
