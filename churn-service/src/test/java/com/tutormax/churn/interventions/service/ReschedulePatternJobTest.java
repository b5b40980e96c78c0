package com.tutormax.churn.interventions.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.churn.interventions.domain.InterventionLog;
import com.tutormax.churn.interventions.domain.InterventionRules;
import com.tutormax.churn.interventions.domain.InterventionType;
import com.tutormax.churn.interventions.domain.Priority;
import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.churn.interventions.domain.TutorSituation;
import com.tutormax.churn.scoring.service.Scorer.Rescored;
import com.tutormax.common.domain.RiskLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the reschedule re-check reports: alerts and escalations told from other recommendations. */
class ReschedulePatternJobTest {

  private static Recommendation recommendation(InterventionType type, String reason) {
    return new Recommendation(type, RiskLevel.HIGH, Priority.of(RiskLevel.HIGH), reason, null);
  }

  @Test
  void theEscalationIsTheRescheduleReviewNotAnH1ForAHighScore() {
    // The rules' own recommendation for a 15-day pattern.
    TutorSituation patterned =
        new TutorSituation(
            "T1",
            Instant.parse("2026-03-03T01:00:00Z"),
            RiskLevel.HIGH,
            55,
            8,
            0,
            false,
            Set.of(),
            null,
            0,
            100,
            15,
            0);
    Recommendation escalation =
        InterventionRules.recommend(patterned, new InterventionLog(Map.of(), Set.of())).stream()
            .filter(InterventionRules::isRescheduleEscalation)
            .findFirst()
            .orElseThrow();
    assertThat(escalation.type()).isEqualTo(InterventionType.H1_MANAGER_COACHING);
    Recommendation highScore =
        recommendation(InterventionType.H1_MANAGER_COACHING, "Churn score above 50 for 8 days");
    assertThat(InterventionRules.isRescheduleEscalation(highScore)).isFalse();

    Map<String, Long> counts =
        ReschedulePatternJob.counts(
            new Rescored(
                3,
                List.of(
                    recommendation(InterventionType.A4_RESCHEDULE_ALERT, "pattern"),
                    escalation,
                    highScore,
                    recommendation(InterventionType.A1_COACHING_TIPS, "tips"))));
    assertThat(counts)
        .isEqualTo(
            Map.of(
                "tutorsChecked", 3L, "alerts", 1L, "escalations", 1L, "otherRecommendations", 2L));
  }
}
