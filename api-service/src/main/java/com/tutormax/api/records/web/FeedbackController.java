package com.tutormax.api.records.web;

import com.tutormax.api.records.domain.Feedback;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordQueries.FeedbackQuery;
import com.tutormax.api.records.service.RecordReader;
import com.tutormax.api.records.service.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Student feedback, newest first; never with student names. A tutor sees only their own. */
@RestController
@RequestMapping("/api/feedback")
@Tag(name = "Records: feedback", description = "Stored student feedback")
class FeedbackController {

  private final RecordReader reader;
  private final Viewers viewers;

  FeedbackController(RecordReader reader, Viewers viewers) {
    this.reader = reader;
    this.viewers = viewers;
  }

  @GetMapping
  @Operation(summary = "Feedback by submission time, newest first; a tutor gets only their own")
  Mono<Page<Feedback>> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(name = "tutor_id", required = false) String tutorId,
      @RequestParam(name = "session_id", required = false) String sessionId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    FeedbackQuery query = new FeedbackQuery(tutorId, sessionId, RequestParams.range(from, to));
    PageRequest request = RequestParams.page(page, size);
    return viewers.of(jwt).flatMap(viewer -> reader.feedback(viewer, query, request));
  }
}
