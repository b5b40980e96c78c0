package com.tutormax.api.records.web;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.SessionQuery;
import com.tutormax.api.records.domain.TutoringSession;
import com.tutormax.api.records.service.RecordReader;
import com.tutormax.api.records.service.Viewers;
import com.tutormax.common.events.DataSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Tutoring sessions, newest first. A tutor sees only their own. */
@RestController
@RequestMapping("/api/sessions")
@Tag(name = "Records: sessions", description = "Stored tutoring sessions")
class SessionsController {

  private final RecordReader reader;
  private final Viewers viewers;

  SessionsController(RecordReader reader, Viewers viewers) {
    this.reader = reader;
    this.viewers = viewers;
  }

  @GetMapping
  @Operation(summary = "Sessions by scheduled start, newest first; a tutor gets only their own")
  Mono<Page<TutoringSession>> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(name = "tutor_id", required = false) String tutorId,
      @RequestParam(name = "student_id", required = false) String studentId,
      @Parameter(description = "Scheduled at or after: an ISO instant, or a UTC date")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "Scheduled before an ISO instant, or on or before a UTC date")
          @RequestParam(required = false)
          String to,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String source,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    SessionQuery query =
        new SessionQuery(
            tutorId,
            studentId,
            RequestParams.range(from, to),
            RequestParams.subject(subject),
            RequestParams.name(RequestParams.oneOf(source, DataSource.class, "source")));
    PageRequest request = RequestParams.page(page, size);
    return viewers.of(jwt).flatMap(viewer -> reader.sessions(viewer, query, request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One session; 404 for a tutor asking about another tutor's")
  Mono<TutoringSession> one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
    return viewers.of(jwt).flatMap(viewer -> reader.session(viewer, id));
  }
}
