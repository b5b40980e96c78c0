package com.tutormax.api.records.web;

import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.ActivityQuery;
import com.tutormax.api.records.domain.RecordQueries.TutorQuery;
import com.tutormax.api.records.domain.Tutor;
import com.tutormax.api.records.domain.TutorActivity;
import com.tutormax.api.records.domain.TutorStatus;
import com.tutormax.api.records.service.RecordReader;
import com.tutormax.api.records.service.Viewers;
import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorActivityRecorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Tutors and their activity. A tutor sees only their own record; activity is for staff. */
@RestController
@RequestMapping("/api/tutors")
@Tag(name = "Records: tutors", description = "Stored tutors, their status and activity")
class TutorsController {

  private final RecordReader reader;
  private final Viewers viewers;

  TutorsController(RecordReader reader, Viewers viewers) {
    this.reader = reader;
    this.viewers = viewers;
  }

  @GetMapping
  @Operation(summary = "Tutors by id; a tutor gets only their own record")
  Mono<Page<Tutor>> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String subject,
      @RequestParam(name = "subject_family", required = false) String subjectFamily,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String source,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    TutorQuery query =
        new TutorQuery(
            null,
            RequestParams.subject(subject),
            RequestParams.name(
                RequestParams.oneOf(subjectFamily, SubjectFamily.class, "subject_family")),
            RequestParams.oneOf(status, TutorStatus.class, "status"),
            RequestParams.name(RequestParams.oneOf(source, DataSource.class, "source")));
    PageRequest request = RequestParams.page(page, size);
    return viewers.of(jwt).flatMap(viewer -> reader.tutors(viewer, query, request));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One tutor; 404 for a tutor asking about another")
  Mono<Tutor> one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
    return viewers.of(jwt).flatMap(viewer -> reader.tutor(viewer, id));
  }

  @GetMapping("/{id}/activity")
  @Operation(summary = "A tutor's logins, message responses, availability changes…, newest first")
  Mono<Page<TutorActivity>> activity(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    ActivityQuery query =
        new ActivityQuery(
            id,
            RequestParams.name(RequestParams.oneOf(kind, TutorActivityRecorded.Kind.class, "kind")),
            RequestParams.range(from, to));
    PageRequest request = RequestParams.page(page, size);
    return viewers.of(jwt).flatMap(viewer -> reader.activity(viewer, query, request));
  }
}
