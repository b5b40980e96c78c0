package com.tutormax.api.analytics.web;

import com.tutormax.api.analytics.domain.DayRange;
import com.tutormax.api.analytics.domain.Effectiveness;
import com.tutormax.api.analytics.service.AnalyticsService;
import com.tutormax.api.records.web.RequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Analytics for managers (ADMIN, OPS_MANAGER; SecurityConfiguration): intervention effectiveness
 * and CSV exports of interventions and tutor performance. Ranges are UTC days, both inclusive
 * (default: the last 90 days).
 */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics", description = "Intervention effectiveness and exports")
class AnalyticsController {

  private static final MediaType CSV = new MediaType("text", "csv");

  private final AnalyticsService analytics;
  private final Clock clock;

  AnalyticsController(AnalyticsService analytics, Clock clock) {
    this.analytics = analytics;
    this.clock = clock;
  }

  @GetMapping("/interventions/effectiveness")
  @Operation(
      summary =
          "Acceptance, completion, impact, hours to action and critical within 24 h, by type, by"
              + " risk level and overall, for interventions recommended from..to")
  Mono<Effectiveness.Report> effectiveness(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return analytics.effectiveness(range(from, to));
  }

  @GetMapping("/export/interventions.csv")
  @Operation(summary = "Interventions recommended from..to as CSV, oldest first")
  ResponseEntity<Flux<String>> interventions(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    DayRange range = range(from, to);
    return csv(
        "interventions-" + range.from() + "-" + range.to() + ".csv",
        analytics.interventionsCsv(range));
  }

  @GetMapping("/export/tutors.csv")
  @Operation(summary = "Every tutor's latest tier, score, 30-day metrics and flags as CSV")
  ResponseEntity<Flux<String>> tutors() {
    return csv("tutor-performance-" + today() + ".csv", analytics.tutorsCsv());
  }

  private DayRange range(String from, String to) {
    try {
      return DayRange.parse(from, to, today());
    } catch (IllegalArgumentException e) {
      throw RequestParams.badRequest(e.getMessage());
    }
  }

  private static ResponseEntity<Flux<String>> csv(String filename, Flux<String> lines) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + filename)
        .body(lines);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
