package com.tutormax.training.models.web;

import com.tutormax.training.dataset.domain.TrainingSetBuilder;
import com.tutormax.training.models.domain.QualityTargets;
import com.tutormax.training.models.persistence.RegistryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality report: for each window, its champion's test-split metrics next to the rule score's
 * on the same rows and the targets ({@link QualityTargets}); windows without a champion are listed.
 */
record QualityView(List<WindowQuality> windows, List<Integer> withoutChampion) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One window's champion, as judged. */
  record WindowQuality(
      int windowDays,
      String modelId,
      String version,
      LocalDate dataFrom,
      LocalDate dataThrough,
      String promotedBy,
      JsonNode test,
      double auc,
      double earlyWarningAuc,
      double precisionAtTop10,
      double brier,
      double ece,
      JsonNode alerts,
      double ruleScoreAuc,
      double ruleScoreEarlyWarningAuc,
      double ruleScorePrecisionAtTop10,
      double ruleScoreBrier,
      List<QualityTargets.Check> checks,
      boolean allMet) {}

  static QualityView of(List<RegistryStore.Model> champions) {
    List<WindowQuality> windows = new ArrayList<>();
    List<Integer> without = new ArrayList<>(TrainingSetBuilder.WINDOWS);
    for (RegistryStore.Model m : champions) {
      without.remove(Integer.valueOf(m.windowDays()));
      JsonNode metrics = JSON.readTree(m.metrics());
      JsonNode rule = m.baseline() == null ? JSON.createObjectNode() : JSON.readTree(m.baseline());
      double auc = number(metrics, "auc");
      double precision = number(metrics, "precisionAtTop10");
      double brier = number(metrics, "brier");
      double ruleAuc = number(rule, "auc");
      List<QualityTargets.Check> checks =
          QualityTargets.of(m.windowDays(), auc, precision, brier, ruleAuc);
      windows.add(
          new WindowQuality(
              m.windowDays(),
              m.modelId(),
              m.version(),
              m.dataFrom(),
              m.dataThrough(),
              m.promotedBy(),
              metrics.path("test"),
              auc,
              number(metrics, "earlyWarningAuc"),
              precision,
              brier,
              number(metrics, "ece"),
              metrics.path("alerts"),
              ruleAuc,
              number(rule, "earlyWarningAuc"),
              number(rule, "precisionAtTop10"),
              number(rule, "brier"),
              checks,
              checks.stream().allMatch(QualityTargets.Check::met)));
    }
    return new QualityView(windows, without);
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asDouble() : Double.NaN;
  }
}
