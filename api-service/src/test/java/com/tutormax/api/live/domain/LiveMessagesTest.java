package com.tutormax.api.live.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveMessagesTest {

  private static final Instant AS_OF = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void aTutorBecomingCriticalIsAnAlertStayingCriticalIsNot() {
    assertThat(topics(RiskLevel.CRITICAL, Optional.of(RiskLevel.HIGH)))
        .containsExactly(LiveTopic.PREDICTIONS, LiveTopic.ALERTS);
    assertThat(topics(RiskLevel.CRITICAL, Optional.empty()))
        .containsExactly(LiveTopic.PREDICTIONS, LiveTopic.ALERTS);
    assertThat(topics(RiskLevel.CRITICAL, Optional.of(RiskLevel.CRITICAL)))
        .containsExactly(LiveTopic.PREDICTIONS);
    assertThat(topics(RiskLevel.HIGH, Optional.of(RiskLevel.CRITICAL)))
        .containsExactly(LiveTopic.PREDICTIONS);
  }

  @Test
  void aPushCarriesTheScoreTheLevelsAndTheTopFactor() {
    LiveMessage push =
        LiveMessages.of(prediction(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM)).get(0);
    assertThat(push.tutorId()).isEqualTo("T-1");
    assertThat(push.at()).isEqualTo(AS_OF);
    assertThat(push.data())
        .containsEntry("score", 70.0)
        .containsEntry("riskLevel", "HIGH")
        .containsEntry("previousRiskLevel", "MEDIUM")
        .containsEntry("topFactor", "No shows (14 days): 3 (raises risk)");
  }

  @Test
  void onlyStaffSeeTheDashboardsTopics() {
    for (String role : List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")) {
      assertThat(LiveTopic.anyVisibleTo(Set.of(role))).as(role).isTrue();
    }
    for (String role : List.of("TUTOR", "STUDENT", "INTEGRATION", "SERVICE")) {
      assertThat(LiveTopic.anyVisibleTo(Set.of(role))).as(role).isFalse();
    }
  }

  private static List<LiveTopic> topics(RiskLevel now, Optional<RiskLevel> before) {
    return LiveMessages.of(prediction(now), before).stream().map(LiveMessage::topic).toList();
  }

  private static ChurnPredicted prediction(RiskLevel level) {
    return new ChurnPredicted(
        "T-1",
        AS_OF,
        70,
        65,
        level,
        Map.of(),
        List.of(),
        Map.of("30d", 0.4),
        List.of(
            new ChurnPredicted.Factor("no_shows_14d", "No shows (14 days): 3 (raises risk)", 9)),
        Map.of());
  }
}
