package com.tutormax.churn.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureWordsTest {

  @Test
  void aFeatureReadsAsWordsWithItsValueAndDirection() {
    assertThat(FeatureWords.describe("reschedule_rate_7d", 0.25, 0.4))
        .isEqualTo("Reschedule rate (7 days): 25% (raises risk)");
    assertThat(FeatureWords.describe("days_since_last_session", 12, 0.9))
        .isEqualTo("Days since last session: 12 (raises risk)");
    assertThat(FeatureWords.describe("rating_avg_30d", 3.456, -0.1))
        .isEqualTo("Rating average (30 days): 3.46 (lowers risk)");
    assertThat(FeatureWords.describe("no_shows_14d", 2, 0.3))
        .isEqualTo("No shows (14 days): 2 (raises risk)");
    assertThat(FeatureWords.describe("is_new", 1, 0.2)).isEqualTo("New tutor: yes (raises risk)");
    assertThat(FeatureWords.describe("rating_trend", Double.NaN, 0.1))
        .isEqualTo("Rating trend: no data (raises risk)");
  }

  @Test
  void countsOfRatedSessionsAreCountsNotPercents() {
    assertThat(FeatureWords.describe("first_sessions_poorly_rated_30d", 74, 0.5))
        .isEqualTo("First sessions poorly rated (30 days): 74 (raises risk)");
    assertThat(FeatureWords.describe("first_session_success_rate_90d", 0.5, -0.2))
        .isEqualTo("First session success rate (90 days): 50% (lowers risk)");
    assertThat(FeatureWords.describe("student_under_13", 1, 0.2))
        .isEqualTo("Student under 13: yes (raises risk)");
  }
}
