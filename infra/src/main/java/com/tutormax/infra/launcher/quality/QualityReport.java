package com.tutormax.infra.launcher.quality;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Renders the model quality report: each window's champion (training-service's {@code GET
 * /api/training/quality}) with its test-split metrics, the rule score's on the same rows and the
 * targets, then the early-warning figure measured against the generator's ground truth.
 */
public final class QualityReport {

  private QualityReport() {}

  public static String render(JsonNode quality, TopDecile.Result earlyWarning) {
    StringBuilder out = new StringBuilder();
    out.append("TutorMax model quality: each window's champion on its held-out test split\n")
        .append("(the latest 15% of as-of days), next to the rule score on the same rows.\n");
    for (JsonNode w : quality.path("windows")) {
      JsonNode test = w.path("test");
      out.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "%d-day window: %s (as-of days %s to %s; promoted by %s)%n",
                  w.path("windowDays").asInt(),
                  w.path("modelId").asString(),
                  w.path("dataFrom").asString("?"),
                  w.path("dataThrough").asString("?"),
                  w.path("promotedBy").asString("?")))
          .append(
              String.format(
                  Locale.ROOT,
                  "  test rows %d, churned %d%n",
                  test.path("rows").asInt(),
                  test.path("positives").asInt()))
          .append(line("AUC-ROC", w, "auc", "ruleScoreAuc"))
          .append(
              line("AUC, tutors not yet gone", w, "earlyWarningAuc", "ruleScoreEarlyWarningAuc"))
          .append(
              line("precision in the top 10%", w, "precisionAtTop10", "ruleScorePrecisionAtTop10"))
          .append(line("Brier score", w, "brier", "ruleScoreBrier"))
          .append(String.format(Locale.ROOT, "  %-26s %s%n", "ECE", number(w.path("ece"))));
      for (var alert : w.path("alerts").properties()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  alert at %-17s precision %s, recall %s (%d flagged)%n",
                alert.getKey(),
                number(alert.getValue().path("precision")),
                number(alert.getValue().path("recall")),
                alert.getValue().path("flagged").asInt()));
      }
      for (JsonNode check : w.path("checks")) {
        out.append(
            String.format(
                Locale.ROOT,
                "  [%s] %s: %s%n",
                check.path("met").asBoolean() ? "met" : "NOT MET",
                check.path("target").asString(),
                number(check.path("value"))));
      }
    }
    if (!quality.path("withoutChampion").isEmpty()) {
      out.append("\nWindows without a champion: ")
          .append(quality.path("withoutChampion").toString())
          .append('\n');
    }
    out.append("\nEarly warning against the generator's ground truth (measurement only):\n");
    if (earlyWarning == null || earlyWarning.leavers() == 0) {
      out.append(
          "  no tutor who left has a 30-day champion prediction 30 days before (none in its test"
              + " split)\n");
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "  of %d tutors who left, %d (%.0f%%) were in the top risk decile 30 days before%n",
              earlyWarning.leavers(),
              earlyWarning.inTopDecile(),
              earlyWarning.share() * 100));
    }
    return out.toString();
  }

  private static String line(String name, JsonNode w, String model, String rule) {
    return String.format(
        Locale.ROOT,
        "  %-26s %s   (rule score %s)%n",
        name,
        number(w.path(model)),
        number(w.path(rule)));
  }

  private static String number(JsonNode value) {
    return value.isNumber() ? String.format(Locale.ROOT, "%.3f", value.asDouble()) : "n/a";
  }
}
