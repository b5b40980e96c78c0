package com.tutormax.infra.launcher.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QualityReportTest {

  private static final String QUALITY =
      """
      {"windows":[{"windowDays":30,"modelId":"churn-30d-v1","dataFrom":"2026-08-08",
        "dataThrough":"2026-10-08","promotedBy":"run:r1","test":{"rows":2544,"positives":490},
        "auc":0.949,"earlyWarningAuc":0.916,"precisionAtTop10":1.0,"brier":0.04,"ece":0.015,
        "alerts":{"75":{"flagged":397,"precision":0.972,"recall":0.788}},
        "ruleScoreAuc":0.879,"ruleScoreEarlyWarningAuc":0.836,"ruleScorePrecisionAtTop10":0.882,
        "ruleScoreBrier":"NaN",
        "checks":[{"target":"AUC-ROC >= 0.90 (ours)","value":0.949,"threshold":0.9,"met":true},
                  {"target":"Brier score <= 0.10","value":0.2,"threshold":0.1,"met":false}]}],
       "withoutChampion":[90]}
      """;

  @Test
  void rendersEachChampionAgainstTheRuleScoreAndTheTargets() {
    String report =
        QualityReport.render(
            JsonMapper.builder().build().readTree(QUALITY), new TopDecile.Result(7, 2));

    assertThat(report)
        .contains("30-day window: churn-30d-v1 (as-of days 2026-08-08 to 2026-10-08")
        .contains("test rows 2544, churned 490")
        .containsPattern("AUC-ROC +0\\.949 +\\(rule score 0\\.879\\)")
        .containsPattern("AUC, tutors not yet gone +0\\.916 +\\(rule score 0\\.836\\)")
        .containsPattern("Brier score +0\\.040 +\\(rule score n/a\\)")
        .contains("alert at 75", "precision 0.972, recall 0.788 (397 flagged)")
        .contains("[met] AUC-ROC >= 0.90 (ours): 0.949")
        .contains("[NOT MET] Brier score <= 0.10: 0.200")
        .contains("Windows without a champion: [90]")
        .contains("of 7 tutors who left, 2 (29%) were in the top risk decile 30 days before");
  }

  @Test
  void saysSoWhenNoLeaverCouldBeMeasured() {
    String report =
        QualityReport.render(
            JsonMapper.builder().build().readTree("{\"windows\":[],\"withoutChampion\":[]}"), null);

    assertThat(report).contains("no tutor who left has a 30-day champion prediction");
    assertThat(report).doesNotContain("Windows without a champion");
  }
}
