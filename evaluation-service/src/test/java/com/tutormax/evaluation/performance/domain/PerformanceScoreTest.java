package com.tutormax.evaluation.performance.domain;

import static com.tutormax.evaluation.performance.domain.HeadlineMetric.ENGAGEMENT_SCORE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.FIRST_SESSION_SUCCESS_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.NO_SHOW_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.OBJECTIVES_MET_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.RATING_AVERAGE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.RESCHEDULE_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.domain.Window;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceScoreTest {

  @Test
  void aComponentIsHundredAtBestFiftyAtTheFlagThresholdLinearAndClamped() {
    assertThat(PerformanceScore.component(RATING_AVERAGE, 5.0)).isEqualTo(100.0);
    assertThat(PerformanceScore.component(RATING_AVERAGE, 3.5)).isEqualTo(50.0);
    assertThat(PerformanceScore.component(RATING_AVERAGE, 4.25)).isEqualTo(75.0);
    assertThat(PerformanceScore.component(RATING_AVERAGE, 2.0)).isEqualTo(0.0);
    assertThat(PerformanceScore.component(RATING_AVERAGE, 1.0)).isEqualTo(0.0);
    assertThat(PerformanceScore.component(RESCHEDULE_RATE, 0.0)).isEqualTo(100.0);
    assertThat(PerformanceScore.component(RESCHEDULE_RATE, 15.0)).isEqualTo(50.0);
    assertThat(PerformanceScore.component(RESCHEDULE_RATE, 40.0)).isEqualTo(0.0);
    assertThat(PerformanceScore.component(NO_SHOW_RATE, 2.5)).isEqualTo(75.0);
    assertThat(PerformanceScore.component(FIRST_SESSION_SUCCESS_RATE, 85.0)).isEqualTo(75.0);
    assertThat(PerformanceScore.component(ENGAGEMENT_SCORE, 60.0)).isEqualTo(50.0);
    assertThat(PerformanceScore.component(OBJECTIVES_MET_RATE, 90.0)).isEqualTo(75.0);
  }

  @Test
  void theScoreIsTheWeightedMeanOfTheComponents() {
    WindowMetrics allAt75 =
        Metrics.healthy()
            .rating(4.25, 30)
            .firstSessionSuccess(85.0, 10)
            .reschedule(7.5)
            .noShow(2.5)
            .engagement(80.0, 30)
            .objectives(90.0)
            .build();
    assertThat(PerformanceScore.of(allAt75).getAsDouble()).isCloseTo(75.0, within(1e-9));

    // Rating 100 (weight 0.25), the other five at their thresholds, 50 (0.75 together).
    WindowMetrics ratingBestRestAtThreshold =
        Metrics.healthy()
            .rating(5.0, 30)
            .firstSessionSuccess(70.0, 10)
            .reschedule(15.0)
            .noShow(5.0)
            .engagement(60.0, 30)
            .objectives(80.0)
            .build();
    assertThat(PerformanceScore.of(ratingBestRestAtThreshold).getAsDouble())
        .isCloseTo(62.5, within(1e-9));
  }

  @Test
  void metricsBelowTheirMinimumSampleAreLeftOutAndTheRestReweighted() {
    WindowMetrics fewSessions =
        Metrics.healthy()
            .rating(4.25, 3)
            .firstSessionSuccess(0.0, 1)
            .scheduled(4, 4)
            .noShow(0.0)
            .engagement(100.0, 7)
            .build();

    // (0.25 × 75 + 0.15 × 100) / 0.40
    assertThat(PerformanceScore.of(fewSessions).getAsDouble()).isCloseTo(84.375, within(1e-9));
  }

  @Test
  void noJudgeableMetricMeansNoScore() {
    WindowMetrics none =
        MetricsCalculator.compute(
            LocalDate.parse("2026-03-31"), Window.DAYS_30, List.of(), List.of());

    assertThat(PerformanceScore.of(none)).isEmpty();
  }
}
