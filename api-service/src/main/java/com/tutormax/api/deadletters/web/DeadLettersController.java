package com.tutormax.api.deadletters.web;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.deadletters.domain.DeadLetter;
import com.tutormax.api.deadletters.domain.DeadLetterTopic;
import com.tutormax.api.deadletters.service.DeadLetterService;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.common.events.Topics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The dead-letter topics for admins: what failed and why, and replay once the cause is fixed
 * (docs/recovery.md). Reads show record values, so they are audited like replays.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Admin: dead letters", description = "Failed records by topic; replay; admin only")
class DeadLettersController {

  private static final int MAX_LIMIT = 1000;

  private final DeadLetterService deadLetters;
  private final AuditLog audit;

  DeadLettersController(DeadLetterService deadLetters, AuditLog audit) {
    this.deadLetters = deadLetters;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Every dead-letter topic: records held, records not yet replayed")
  Mono<List<DeadLetterTopic>> topics() {
    return deadLetters.topics();
  }

  @GetMapping("/{topic}")
  @Operation(summary = "A dead-letter topic's records, oldest first: not yet replayed, or all")
  Mono<List<DeadLetter>> records(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String topic,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "100") int limit,
      ServerHttpRequest request) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit is between 1 and " + MAX_LIMIT);
    }
    return known(topic)
        .then(audited(jwt, "DEAD_LETTERS_READ", topic, "all=" + all + " limit=" + limit, request))
        .then(deadLetters.records(topic, all, limit));
  }

  @PostMapping("/{topic}/replay")
  @Operation(summary = "Send the records not yet replayed back to their topics; idempotent")
  Mono<Map<String, Object>> replay(
      @AuthenticationPrincipal Jwt jwt, @PathVariable String topic, ServerHttpRequest request) {
    return known(topic)
        .then(deadLetters.replay(topic))
        .flatMap(
            sent -> {
              int total = sent.values().stream().mapToInt(Integer::intValue).sum();
              return audited(jwt, "DEAD_LETTERS_REPLAYED", topic, "sent " + sent, request)
                  .thenReturn(
                      Map.<String, Object>of("topic", topic, "replayed", total, "to", sent));
            });
  }

  private Mono<Void> known(String topic) {
    if (!topic.endsWith(Topics.DLT_SUFFIX)) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.NOT_FOUND, "Not a dead-letter topic (<topic>" + Topics.DLT_SUFFIX + ")"));
    }
    return deadLetters
        .exists(topic)
        .flatMap(
            exists ->
                exists
                    ? Mono.<Void>empty()
                    : Mono.error(
                        new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "No dead-letter topic " + topic)));
  }

  private Mono<Void> audited(
      Jwt jwt, String action, String topic, String details, ServerHttpRequest request) {
    ClientInfo client = ClientInfo.of(request);
    return audit.record(
        new AuditEntry(
            UUID.fromString(jwt.getSubject()),
            jwt.getClaimAsString("email"),
            action,
            "dead-letter-topic",
            topic,
            Outcome.SUCCESS,
            client.ip(),
            client.userAgent(),
            details));
  }
}
