package com.tutormax.churn.scoring.web;

import com.tutormax.churn.scoring.persistence.OverrideStore.Override;
import com.tutormax.churn.scoring.persistence.PredictionStore.Stored;
import com.tutormax.churn.scoring.service.ChurnQueries;
import com.tutormax.churn.scoring.service.ChurnQueries.TutorRisk;
import com.tutormax.churn.scoring.service.Scorer;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Churn predictions for staff (never for a tutor or a student; see ChurnAccessRules): a tutor's
 * current prediction with its reasons and any override, their daily history and features, the
 * at-risk list, overrides, and the daily re-score of everyone.
 */
@RestController
@RequestMapping("/api/churn")
class ChurnController {

  static final int MAX_HISTORY_DAYS = 366;
  static final int MAX_PAGE = 500;

  private final ChurnQueries queries;
  private final Scorer scorer;

  ChurnController(ChurnQueries queries, Scorer scorer) {
    this.queries = queries;
    this.scorer = scorer;
  }

  /** A prediction as shown: predicted and effective level, reasons, override, churn. */
  record TutorPrediction(
      String tutorId,
      Instant asOf,
      LocalDate asOfDay,
      boolean provisional,
      double headlineScore,
      double ruleScore,
      RiskLevel riskLevel,
      RiskLevel effectiveRiskLevel,
      Map<String, Double> components,
      List<String> flags,
      Map<String, Double> windowProbabilities,
      List<ChurnPredicted.Factor> topFactors,
      Map<String, String> modelVersions,
      Instant scoredAt,
      Override override,
      Instant churnedAt,
      String churnReason) {

    static TutorPrediction of(TutorRisk risk) {
      Stored s = risk.prediction();
      ChurnPredicted p = s.prediction();
      return new TutorPrediction(
          p.tutorId(),
          p.asOf(),
          s.asOfDay(),
          s.provisional(),
          p.headlineScore(),
          p.ruleScore(),
          p.riskLevel(),
          risk.effectiveLevel(),
          p.components(),
          p.flags(),
          p.windowProbabilities(),
          p.topFactors(),
          p.modelVersions(),
          s.scoredAt(),
          risk.override(),
          risk.churn().at(),
          risk.churn().reason());
    }
  }

  /** One day of a tutor's history. */
  record HistoryDay(
      LocalDate asOfDay,
      Instant asOf,
      boolean provisional,
      double headlineScore,
      double ruleScore,
      RiskLevel riskLevel,
      Map<String, Double> components,
      List<String> flags) {

    static HistoryDay of(Stored s) {
      ChurnPredicted p = s.prediction();
      return new HistoryDay(
          s.asOfDay(),
          p.asOf(),
          s.provisional(),
          p.headlineScore(),
          p.ruleScore(),
          p.riskLevel(),
          p.components(),
          p.flags());
    }
  }

  /** One line of the at-risk list. */
  record AtRiskTutor(
      String tutorId,
      double headlineScore,
      RiskLevel riskLevel,
      RiskLevel effectiveRiskLevel,
      boolean overridden,
      ChurnPredicted.Factor topFactor,
      List<String> flags,
      Instant asOf,
      boolean provisional) {

    static AtRiskTutor of(TutorRisk risk) {
      ChurnPredicted p = risk.prediction().prediction();
      return new AtRiskTutor(
          p.tutorId(),
          p.headlineScore(),
          p.riskLevel(),
          risk.effectiveLevel(),
          risk.override() != null,
          p.topFactors().isEmpty() ? null : p.topFactors().get(0),
          p.flags(),
          p.asOf(),
          risk.prediction().provisional());
    }
  }

  record AtRiskPage(List<AtRiskTutor> items, int limit, int offset) {}

  /** A manager's override: the level, why (required), and until when (default 30 days). */
  record OverrideRequest(String riskLevel, String reason, Instant expiresAt) {}

  record Rescore(long tutors) {}

  @GetMapping("/tutors/{id}")
  @Operation(summary = "The tutor's current churn prediction: score, level, reasons, override")
  Mono<TutorPrediction> current(@PathVariable String id) {
    return queries.current(id).map(TutorPrediction::of);
  }

  @GetMapping("/tutors/{id}/history")
  @Operation(summary = "The tutor's prediction as of each day, newest first (default 90 days)")
  Mono<List<HistoryDay>> history(
      @PathVariable String id, @RequestParam(defaultValue = "90") int days) {
    if (days < 1 || days > MAX_HISTORY_DAYS) {
      return invalid("days", "must be between 1 and " + MAX_HISTORY_DAYS);
    }
    return queries.history(id, days).map(list -> list.stream().map(HistoryDay::of).toList());
  }

  @GetMapping("/tutors/{id}/features")
  @Operation(summary = "The features the tutor's current prediction was made from (null: missing)")
  Mono<Map<String, Double>> features(@PathVariable String id) {
    return queries.features(id);
  }

  @GetMapping("/at-risk")
  @Operation(
      summary = "Current predictions of tutors who have not churned, highest score first",
      description = "Filters: minScore (0–100), level (comma-separated LOW,MEDIUM,HIGH,CRITICAL)")
  Mono<AtRiskPage> atRisk(
      @RequestParam(defaultValue = "0") double minScore,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    List<FieldError> errors = new ArrayList<>();
    if (Double.isNaN(minScore) || minScore < 0 || minScore > 100) {
      errors.add(new FieldError("minScore", "must be between 0 and 100"));
    }
    if (limit < 1 || limit > MAX_PAGE) {
      errors.add(new FieldError("limit", "must be between 1 and " + MAX_PAGE));
    }
    if (offset < 0) {
      errors.add(new FieldError("offset", "must not be negative"));
    }
    List<RiskLevel> levels = new ArrayList<>();
    if (level != null && !level.isBlank()) {
      for (String name : level.split(",")) {
        try {
          levels.add(RiskLevel.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(
              new FieldError(
                  "level",
                  "unknown level "
                      + name.trim()
                      + "; one of "
                      + Arrays.toString(RiskLevel.values())));
        }
      }
    }
    if (!errors.isEmpty()) {
      return Mono.error(new InvalidFieldsException("Invalid at-risk query", errors));
    }
    return queries
        .atRisk(minScore, levels, limit, offset)
        .map(list -> new AtRiskPage(list.stream().map(AtRiskTutor::of).toList(), limit, offset));
  }

  @PutMapping("/tutors/{id}/override")
  @Operation(summary = "Override the tutor's predicted risk level (reason required, expires)")
  Mono<Override> override(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String id,
      @RequestBody OverrideRequest request) {
    return queries.override(
        id, request.riskLevel(), request.reason(), request.expiresAt(), author(jwt));
  }

  @DeleteMapping("/tutors/{id}/override")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke the tutor's active override")
  Mono<Void> revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
    return queries.revoke(id, author(jwt));
  }

  @GetMapping("/tutors/{id}/overrides")
  @Operation(summary = "Every override of the tutor, newest first (the audit trail)")
  Mono<List<Override>> overrides(@PathVariable String id) {
    return queries.overrides(id);
  }

  @PostMapping("/rescore")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Re-score every tutor (the daily batch); scoring runs in the background")
  Mono<Rescore> rescore() {
    return scorer.rescoreAll().map(Rescore::new);
  }

  /** Who acts: the token's email (readable in the audit trail), else its subject. */
  private static String author(Jwt jwt) {
    String email = jwt.getClaimAsString("email");
    return email != null && !email.isBlank() ? email : jwt.getSubject();
  }

  private static <T> Mono<T> invalid(String field, String message) {
    return Mono.error(
        new InvalidFieldsException("Invalid request", List.of(new FieldError(field, message))));
  }
}
