package com.tutormax.api.portal.web;

import com.tutormax.api.portal.domain.GoalMetric;
import com.tutormax.api.portal.domain.GoalProgress;
import com.tutormax.api.portal.domain.NewGoal;
import com.tutormax.api.portal.domain.TutorPortal;
import com.tutormax.api.portal.service.TutorPortalService;
import com.tutormax.api.records.service.Viewers;
import com.tutormax.api.records.web.RequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The tutor portal (TUTOR, own data only; SecurityConfiguration): the signed-in tutor's overview
 * and personal goals. The tutor is the token's, never a request parameter.
 */
@RestController
@RequestMapping("/api/portal")
@Tag(name = "Tutor portal", description = "A tutor's own tier, stats, badges, training and goals")
class PortalController {

  private final TutorPortalService portal;
  private final Viewers viewers;

  PortalController(TutorPortalService portal, Viewers viewers) {
    this.portal = portal;
    this.viewers = viewers;
  }

  /** A new goal: metric and target; the days default to today and the six after. */
  record GoalBody(String metric, Double target, String startsOn, String endsOn) {

    NewGoal toNewGoal() {
      return new NewGoal(
          RequestParams.oneOf(metric, GoalMetric.class, "metric"),
          target,
          date(startsOn, "startsOn"),
          date(endsOn, "endsOn"));
    }

    private static LocalDate date(String value, String name) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw RequestParams.badRequest(name + " must be a date like 2026-01-31");
      }
    }
  }

  @GetMapping
  @Operation(
      summary =
          "Your tier, last 7 days against the 7 before, 30-day rating trend, peer percentile,"
              + " badges, recommended training and recent feedback (students not named)")
  Mono<TutorPortal> overview(@AuthenticationPrincipal Jwt jwt) {
    return viewers.of(jwt).flatMap(portal::overview);
  }

  @GetMapping("/goals")
  @Operation(summary = "Your goals with their progress, those ending latest first")
  Mono<List<GoalProgress>> goals(@AuthenticationPrincipal Jwt jwt) {
    return viewers.of(jwt).flatMap(portal::goals);
  }

  @PostMapping("/goals")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Set a goal (metric SESSIONS_HELD, AVERAGE_RATING, ON_TIME_PERCENT or"
              + " FIVE_STAR_RATINGS; at most 90 days; 422 beyond the open-goal limit)")
  Mono<GoalProgress> create(@AuthenticationPrincipal Jwt jwt, @RequestBody GoalBody body) {
    NewGoal goal = body.toNewGoal();
    return viewers.of(jwt).flatMap(viewer -> portal.create(viewer, goal));
  }

  @DeleteMapping("/goals/{goalId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete one of your goals")
  Mono<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID goalId) {
    return viewers.of(jwt).flatMap(viewer -> portal.delete(viewer, goalId));
  }
}
