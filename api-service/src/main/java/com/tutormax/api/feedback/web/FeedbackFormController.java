package com.tutormax.api.feedback.web;

import com.tutormax.api.feedback.domain.FeedbackForm;
import com.tutormax.api.feedback.service.FeedbackFormService;
import com.tutormax.api.feedback.service.FeedbackFormService.Submitted;
import com.tutormax.api.identity.service.ClientInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The student's side of a feedback link: no account, the link is the credential (public routes,
 * rate-limited at the gateway). Unknown link 404, used 409, expired or replaced 410, a child
 * without parental consent 403, invalid answers 422 with every field error.
 */
@RestController
@RequestMapping("/api/feedback/forms/{token}")
@Tag(name = "Feedback forms", description = "Students rate a session through a single-use link")
class FeedbackFormController {

  private final FeedbackFormService forms;

  FeedbackFormController(FeedbackFormService forms) {
    this.forms = forms;
  }

  @GetMapping
  @Operation(summary = "The form behind a link: subject, time, questions; no names")
  Mono<ResponseEntity<FeedbackForm>> form(@PathVariable String token, ServerHttpRequest request) {
    return forms
        .form(token, ClientInfo.of(request))
        .map(form -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(form));
  }

  @PostMapping
  @Operation(summary = "Submit the answers; the link is used up")
  Mono<ResponseEntity<Submitted>> submit(
      @PathVariable String token, @RequestBody JsonNode body, ServerHttpRequest request) {
    return forms
        .submit(token, body, ClientInfo.of(request))
        .map(submitted -> ResponseEntity.status(HttpStatus.CREATED).body(submitted));
  }
}
