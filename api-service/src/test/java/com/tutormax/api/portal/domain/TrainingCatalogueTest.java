package com.tutormax.api.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.portal.domain.TrainingCatalogue.Recommendation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingCatalogueTest {

  @Test
  void flagsComeFirstThenAreasMentionedTwiceOrMoreMostMentionedFirst() {
    var recommendations =
        TrainingCatalogue.recommend(
            Set.of("HIGH_NO_SHOW_RATE", "LOW_RATING", "NOT_A_FLAG"),
            Map.of("late", 1L, "technical_issues", 2L, "unclear", 3L, "not_an_area", 9L));

    assertThat(recommendations)
        .extracting(Recommendation::module)
        .containsExactly("session-structure", "attendance", "clear-explanations", "tech-setup");
    assertThat(recommendations.get(2).why())
        .isEqualTo("Students mentioned clearer explanations 3 times in the last 30 days.");
  }

  @Test
  void aModuleIsRecommendedOnceAndNothingWithoutAGap() {
    assertThat(TrainingCatalogue.recommend(Set.of(), Map.of("late", 1L))).isEmpty();
    assertThat(
            TrainingCatalogue.recommend(
                Set.of("LOW_FIRST_SESSION_SUCCESS"), Map.of("late", 2L, "unprepared", 2L)))
        .extracting(Recommendation::module)
        .containsExactly("first-session-excellence", "punctuality", "session-preparation");
  }

  @Test
  void theWordsNeverMentionAScoreOrARisk() {
    var all =
        TrainingCatalogue.recommend(
            Set.of(
                "LOW_RATING",
                "LOW_OBJECTIVES_MET",
                "LOW_FIRST_SESSION_SUCCESS",
                "DISENGAGED",
                "HIGH_RESCHEDULE_RATE",
                "HIGH_NO_SHOW_RATE"),
            Map.of(
                "late",
                2L,
                "unprepared",
                2L,
                "unclear",
                2L,
                "not_patient",
                2L,
                "technical_issues",
                2L));

    assertThat(all).hasSize(11);
    assertThat(all)
        .allSatisfy(
            r ->
                assertThat((r.title() + " " + r.why()).toLowerCase())
                    .doesNotContain("risk", "churn", "score"));
  }
}
