package com.tutormax.api.interventions.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.interventions.domain.Actor;
import com.tutormax.api.interventions.domain.InterventionFilter;
import com.tutormax.api.interventions.domain.InterventionOutcome;
import com.tutormax.api.interventions.domain.InterventionStatus;
import com.tutormax.api.interventions.service.InterventionQueries;
import com.tutormax.api.interventions.service.InterventionView;
import com.tutormax.api.interventions.service.InterventionWorkflow;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.web.RequestParams;
import com.tutormax.common.domain.RiskLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The interventions workflow for staff (ADMIN, OPS_MANAGER, PEOPLE_OPS): the queue with SLA state,
 * one task with its timeline, assigning, moving and completing tasks, a tutor's interventions.
 */
@RestController
@Tag(name = "Interventions", description = "Intervention tasks: queue, assignment, outcomes, SLA")
class InterventionsController {

  private final InterventionQueries queries;
  private final InterventionWorkflow workflow;

  InterventionsController(InterventionQueries queries, InterventionWorkflow workflow) {
    this.queries = queries;
    this.workflow = workflow;
  }

  @GetMapping("/api/interventions")
  @Operation(summary = "The queue: soonest due first, then the most urgent; paged, with the total")
  Mono<Page<InterventionView>> list(
      @AuthenticationPrincipal Jwt jwt,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String tutor,
      @RequestParam(required = false) String risk,
      @RequestParam(required = false) String overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    InterventionFilter filter =
        new InterventionFilter(
            RequestParams.oneOf(status, InterventionStatus.class, "status"),
            ListParams.type(type),
            ListParams.assignee(assignee, actor(jwt).id()),
            assignee != null && "none".equalsIgnoreCase(assignee.trim()),
            tutor == null || tutor.isBlank() ? null : tutor.trim(),
            RequestParams.oneOf(risk, RiskLevel.class, "risk"),
            ListParams.bool(overdue, "overdue"),
            queries.now());
    return queries.list(filter, RequestParams.page(page, size));
  }

  @GetMapping("/api/interventions/{id}")
  @Operation(summary = "One intervention with its SLA state and history")
  Mono<InterventionView> one(@PathVariable String id) {
    return queries.one(id);
  }

  @PostMapping("/api/interventions/{id}/assign")
  @Operation(summary = "Assign to an active PEOPLE_OPS or OPS_MANAGER user (who is notified)")
  Mono<InterventionView> assign(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @Valid @RequestBody Requests.Assign body,
      ServerHttpRequest request) {
    return workflow
        .assign(actor(jwt), id, body.assigneeId(), ClientInfo.of(request))
        .then(queries.one(id));
  }

  @PostMapping("/api/interventions/{id}/status")
  @Operation(summary = "Start (IN_PROGRESS), decline or cancel a task; 409 if not allowed")
  Mono<InterventionView> status(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @Valid @RequestBody Requests.ChangeStatus body,
      ServerHttpRequest request) {
    InterventionStatus to = RequestParams.oneOf(body.status(), InterventionStatus.class, "status");
    return workflow
        .changeStatus(actor(jwt), id, to, blankToNull(body.note()), ClientInfo.of(request))
        .then(queries.one(id));
  }

  @PostMapping("/api/interventions/{id}/outcome")
  @Operation(summary = "Record the outcome (IMPROVED, NO_CHANGE, DECLINED, CHURNED): completes it")
  Mono<InterventionView> outcome(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @Valid @RequestBody Requests.RecordOutcome body,
      ServerHttpRequest request) {
    InterventionOutcome outcome =
        RequestParams.oneOf(body.outcome(), InterventionOutcome.class, "outcome");
    return workflow
        .recordOutcome(actor(jwt), id, outcome, blankToNull(body.notes()), ClientInfo.of(request))
        .then(queries.one(id));
  }

  @GetMapping("/api/tutors/{id}/interventions")
  @Operation(summary = "A tutor's interventions, newest first (staff only)")
  Mono<Page<InterventionView>> ofTutor(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
    return queries.ofTutor(id, RequestParams.page(page, size));
  }

  /** The staff member acting, from the verified token. */
  private static Actor actor(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    try {
      return new Actor(
          UUID.fromString(jwt.getSubject()),
          jwt.getClaimAsString("email") == null ? jwt.getSubject() : jwt.getClaimAsString("email"),
          roles == null ? java.util.Set.of() : new HashSet<>(roles));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a user acts on tasks");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
