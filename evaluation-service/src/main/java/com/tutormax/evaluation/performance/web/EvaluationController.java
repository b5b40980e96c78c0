package com.tutormax.evaluation.performance.web;

import com.tutormax.evaluation.performance.domain.MovingAverages;
import com.tutormax.evaluation.performance.persistence.HistoryStore.Snapshot;
import com.tutormax.evaluation.performance.persistence.TutorStore.CurrentEvaluation;
import com.tutormax.evaluation.performance.service.DayCloser;
import com.tutormax.evaluation.performance.service.EvaluationQueries;
import com.tutormax.evaluation.performance.service.EvaluationQueries.TierDistribution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
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
 * Tutors' metrics, history and trends (a tutor only their own: anyone else's is 404; and never
 * whether they were detected as churned, which is for staff), the tier distribution and flagged
 * tutors (staff), and closing days on request (the daily job; admin).
 */
@RestController
@RequestMapping("/api/evaluation")
@Tag(name = "Evaluation", description = "Tutor metrics over 7/30/90 days, tiers, flags, trends")
class EvaluationController {

  private static final int MAX_DAYS = 366;
  private static final List<String> STAFF = List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");

  private final EvaluationQueries queries;
  private final DayCloser closer;
  private final Clock clock;

  EvaluationController(EvaluationQueries queries, DayCloser closer, Clock clock) {
    this.queries = queries;
    this.closer = closer;
    this.clock = clock;
  }

  @GetMapping("/tutors/{id}/metrics")
  @Operation(summary = "The tutor's latest evaluation: metrics by window, score, tier, flags")
  Mono<CurrentEvaluation> metrics(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
    return visible(jwt, id)
        .then(queries.current(id))
        .map(current -> staff(jwt) ? current : current.withoutChurn())
        .switchIfEmpty(notFound());
  }

  @GetMapping("/tutors/{id}/history")
  @Operation(summary = "The tutor's evaluation as of each closed day (default: last 90 days)")
  Mono<List<Snapshot>> history(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    LocalDate end = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : day(to, "to");
    LocalDate start = from == null ? end.minusDays(89) : day(from, "from");
    if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "from must be before to, at most " + MAX_DAYS + " days"));
    }
    return visible(jwt, id).then(queries.history(id, start, end).collectList());
  }

  @GetMapping("/tutors/{id}/trends")
  @Operation(summary = "7-day moving averages per day, for trend charts")
  Mono<List<MovingAverages.Point>> trends(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @RequestParam(defaultValue = "90") int days) {
    if (days < 1 || days > MAX_DAYS) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "days must be between 1 and " + MAX_DAYS));
    }
    return visible(jwt, id).then(queries.trends(id, days));
  }

  @GetMapping("/tiers")
  @Operation(summary = "How many active tutors are in each tier, and the thresholds")
  Mono<TierDistribution> tiers() {
    return queries.tiers();
  }

  @GetMapping("/flags")
  @Operation(summary = "Active tutors with flags (or one flag), lowest score first")
  Mono<List<CurrentEvaluation>> flags(@RequestParam(required = false) String flag) {
    return queries.flagged(flag).collectList();
  }

  @PostMapping("/days/close")
  @Operation(summary = "Close every open day up to yesterday (UTC) now: the daily job")
  Mono<List<LocalDate>> close() {
    return closer.closeEndedDays().map(DayCloser.ClosedDay::day).collectList();
  }

  /** A tutor may see only their own record; for anyone else it does not exist. */
  private static Mono<Void> visible(Jwt jwt, String tutorId) {
    if (staff(jwt) || tutorId.equals(jwt.getClaimAsString("tutor_id"))) {
      return Mono.empty();
    }
    return notFound();
  }

  private static boolean staff(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    return roles != null && roles.stream().anyMatch(STAFF::contains);
  }

  private static <T> Mono<T> notFound() {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such tutor"));
  }

  private static LocalDate day(String value, String name) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, name + " must be a date like 2026-11-02");
    }
  }
}
