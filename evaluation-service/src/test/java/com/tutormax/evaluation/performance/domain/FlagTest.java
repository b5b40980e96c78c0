package com.tutormax.evaluation.performance.domain;

import static com.tutormax.evaluation.performance.domain.HeadlineMetric.ENGAGEMENT_SCORE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.FIRST_SESSION_SUCCESS_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.NO_SHOW_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.OBJECTIVES_MET_RATE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.RATING_AVERAGE;
import static com.tutormax.evaluation.performance.domain.HeadlineMetric.RESCHEDULE_RATE;
import static com.tutormax.evaluation.performance.domain.Severity.AMBER;
import static com.tutormax.evaluation.performance.domain.Severity.RED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagTest {

  @Test
  void aHealthyTutorIsAllGreen() {
    assertThat(Flag.raisedBy(Metrics.healthy().build())).isEmpty();
  }

  @Test
  void aThresholdItselfDoesNotFlagJustPastItIsAmberFarPastIsRed() {
    assertThat(flags(Metrics.healthy().rating(3.5, 30))).isEmpty();
    assertThat(flags(Metrics.healthy().rating(3.49, 30)))
        .containsExactly(new Flag(RATING_AVERAGE, AMBER, 3.49));
    assertThat(flags(Metrics.healthy().rating(3.0, 30)))
        .containsExactly(new Flag(RATING_AVERAGE, AMBER, 3.0));
    assertThat(flags(Metrics.healthy().rating(2.99, 30)))
        .containsExactly(new Flag(RATING_AVERAGE, RED, 2.99));

    assertThat(flags(Metrics.healthy().firstSessionSuccess(70.0, 10))).isEmpty();
    assertThat(flags(Metrics.healthy().firstSessionSuccess(69.0, 10)))
        .containsExactly(new Flag(FIRST_SESSION_SUCCESS_RATE, AMBER, 69.0));
    assertThat(flags(Metrics.healthy().firstSessionSuccess(30.0, 10)))
        .containsExactly(new Flag(FIRST_SESSION_SUCCESS_RATE, AMBER, 30.0));
    assertThat(flags(Metrics.healthy().firstSessionSuccess(29.0, 10)))
        .containsExactly(new Flag(FIRST_SESSION_SUCCESS_RATE, RED, 29.0));

    assertThat(flags(Metrics.healthy().reschedule(15.0))).isEmpty();
    assertThat(flags(Metrics.healthy().reschedule(15.1)))
        .containsExactly(new Flag(RESCHEDULE_RATE, AMBER, 15.1));
    assertThat(flags(Metrics.healthy().reschedule(25.1)))
        .containsExactly(new Flag(RESCHEDULE_RATE, RED, 25.1));

    assertThat(flags(Metrics.healthy().noShow(5.0))).isEmpty();
    assertThat(flags(Metrics.healthy().noShow(10.0)))
        .containsExactly(new Flag(NO_SHOW_RATE, AMBER, 10.0));
    assertThat(flags(Metrics.healthy().noShow(10.5)))
        .containsExactly(new Flag(NO_SHOW_RATE, RED, 10.5));

    assertThat(flags(Metrics.healthy().engagement(60.0, 30))).isEmpty();
    assertThat(flags(Metrics.healthy().engagement(59.9, 30)))
        .containsExactly(new Flag(ENGAGEMENT_SCORE, AMBER, 59.9));
    assertThat(flags(Metrics.healthy().engagement(44.9, 30)))
        .containsExactly(new Flag(ENGAGEMENT_SCORE, RED, 44.9));

    assertThat(flags(Metrics.healthy().objectives(80.0))).isEmpty();
    assertThat(flags(Metrics.healthy().objectives(79.0)))
        .containsExactly(new Flag(OBJECTIVES_MET_RATE, AMBER, 79.0));
    assertThat(flags(Metrics.healthy().objectives(64.0)))
        .containsExactly(new Flag(OBJECTIVES_MET_RATE, RED, 64.0));
  }

  @Test
  void noFlagBeforeItsMinimumSample() {
    assertThat(flags(Metrics.healthy().rating(1.0, 2))).isEmpty();
    assertThat(flags(Metrics.healthy().rating(1.0, 3))).hasSize(1);

    assertThat(flags(Metrics.healthy().firstSessionSuccess(0.0, 1))).isEmpty();
    assertThat(flags(Metrics.healthy().firstSessionSuccess(0.0, 2))).hasSize(1);

    assertThat(flags(Metrics.healthy().scheduled(9, 9).noShow(50.0).objectives(0.0))).isEmpty();
    assertThat(flags(Metrics.healthy().scheduled(10, 10).noShow(50.0))).hasSize(1);
    assertThat(flags(Metrics.healthy().scheduled(10, 9).objectives(0.0))).isEmpty();

    assertThat(flags(Metrics.healthy().engagement(10.0, 6))).isEmpty();
    assertThat(flags(Metrics.healthy().engagement(10.0, 7))).hasSize(1);
  }

  @Test
  void flagsComeInMetricOrderWithTheEventsCodes() {
    List<Flag> flags = flags(Metrics.healthy().noShow(6.0).rating(3.2, 30).reschedule(30.0));

    assertThat(flags)
        .extracting(Flag::code)
        .containsExactly("LOW_RATING", "HIGH_RESCHEDULE_RATE", "HIGH_NO_SHOW_RATE");
    assertThat(Flag.count(flags, RED)).isEqualTo(1);
    assertThat(Flag.count(flags, AMBER)).isEqualTo(2);
  }

  private static List<Flag> flags(Metrics metrics) {
    return Flag.raisedBy(metrics.build());
  }
}
