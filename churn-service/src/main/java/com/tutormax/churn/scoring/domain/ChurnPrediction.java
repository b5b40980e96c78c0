package com.tutormax.churn.scoring.domain;

import com.tutormax.churn.models.domain.ModelScores;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.FeatureVector;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.common.rules.RuleScore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tutor's churn prediction as of a day: the features of their closed days before {@code asOfDay},
 * the rule score of those features and what the promoted models say of them (the headline is the
 * 30-day model's probability once promoted, else the rule score).
 *
 * <p>Two kinds, one function: the <b>daily</b> prediction (as of the day after the tutor's last
 * closed day, from closed days only: what training learns from) and the <b>provisional</b> one (the
 * tutor's open day so far counted as if it closed now, so a live session moves the score within
 * seconds; replaced by the daily one once that day closes). See docs/churn.md.
 */
public record ChurnPrediction(
    String tutorId,
    LocalDate asOfDay,
    Instant asOf,
    boolean provisional,
    FeatureVector features,
    RuleScore rule,
    ModelScores models) {

  /** Reasons attached to every prediction. */
  public static final int TOP_FACTORS = 3;

  public ChurnPrediction {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(asOfDay, "asOfDay");
    Objects.requireNonNull(asOf, "asOf");
    models = models == null ? ModelScores.NONE : models;
  }

  /** This prediction with what the promoted models say of its features. */
  public ChurnPrediction withModels(ModelScores scores) {
    return new ChurnPrediction(tutorId, asOfDay, asOf, provisional, features, rule, scores);
  }

  /**
   * The prediction of a tutor from what churn knows of them: their closed days, and the open day so
   * far if it comes after the last closed one. Empty when there is nothing to score yet.
   */
  public static java.util.Optional<ChurnPrediction> of(
      TutorProfile profile, List<TutorDayClosed> closedDays, TutorDayClosed openDay) {
    LocalDate lastClosed =
        closedDays.stream().map(TutorDayClosed::day).max(LocalDate::compareTo).orElse(null);
    if (openDay != null && (lastClosed == null || openDay.day().isAfter(lastClosed))) {
      List<TutorDayClosed> days = new ArrayList<>(closedDays);
      days.add(openDay);
      LocalDate asOfDay = openDay.day().plusDays(1);
      FeatureVector features = ChurnFeatures.of(profile, days, asOfDay);
      return java.util.Optional.of(
          new ChurnPrediction(
              profile.tutorId(),
              asOfDay,
              openDay.closedAt(),
              true,
              features,
              RuleScore.of(features),
              ModelScores.NONE));
    }
    if (lastClosed == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(daily(profile, closedDays, lastClosed.plusDays(1)));
  }

  /** The daily prediction as of {@code asOfDay} (closed days before it only). */
  public static ChurnPrediction daily(
      TutorProfile profile, List<TutorDayClosed> closedDays, LocalDate asOfDay) {
    FeatureVector features = ChurnFeatures.of(profile, closedDays, asOfDay);
    return new ChurnPrediction(
        profile.tutorId(),
        asOfDay,
        asOfDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
        false,
        features,
        RuleScore.of(features),
        ModelScores.NONE);
  }

  /**
   * The headline score: 100 × the 30-day churn probability when that model is promoted, otherwise
   * the rule score (both are kept in the event).
   */
  public double headlineScore() {
    Double p = models.headlineProbability();
    return p == null ? rule.score() : Math.round(p * 10_000) / 100.0;
  }

  public RiskLevel riskLevel() {
    return RiskLevel.of(headlineScore());
  }

  /**
   * The event of this prediction: the reasons are the headline model's SHAP factors when it is
   * promoted, else the rule score's.
   */
  public ChurnPredicted toEvent() {
    return new ChurnPredicted(
        tutorId,
        asOf,
        headlineScore(),
        rule.score(),
        riskLevel(),
        rule.components(),
        rule.flagNames(),
        models.windowProbabilities(),
        models.headlineProbability() == null
            ? RuleFactors.top(rule, TOP_FACTORS)
            : models.factors(),
        models.modelVersions());
  }
}
