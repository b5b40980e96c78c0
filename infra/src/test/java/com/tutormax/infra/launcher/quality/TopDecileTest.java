package com.tutormax.infra.launcher.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.infra.launcher.quality.TopDecile.Prediction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopDecileTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  /** 20 tutors on DAY, T-0 riskiest (0.95) down to T-19 (0.0): the top tenth is T-0 and T-1. */
  private static List<Prediction> twentyTutors() {
    List<Prediction> predictions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      predictions.add(new Prediction("T-" + i, DAY, (19 - i) / 20.0));
    }
    return predictions;
  }

  @Test
  void countsLeaversRankedInTheTopTenthThirtyDaysBefore() {
    Map<String, LocalDate> left =
        Map.of("T-0", DAY.plusDays(30), "T-1", DAY.plusDays(30), "T-2", DAY.plusDays(30));

    TopDecile.Result result = TopDecile.of(twentyTutors(), left, 30);

    assertThat(result.leavers()).isEqualTo(3);
    assertThat(result.inTopDecile()).isEqualTo(2);
    assertThat(result.share()).isEqualTo(2 / 3.0);
  }

  @Test
  void leaversWithoutAPredictionThirtyDaysBeforeAreNotMeasured() {
    Map<String, LocalDate> left =
        Map.of("T-0", DAY.plusDays(29), "T-1", DAY.plusDays(31), "T-99", DAY.plusDays(30));

    TopDecile.Result result = TopDecile.of(twentyTutors(), left, 30);

    assertThat(result.leavers()).isZero();
    assertThat(result.share()).isNaN();
  }

  @Test
  void tiesAtTheBoundaryCountAsTop() {
    List<Prediction> predictions = new ArrayList<>(twentyTutors());
    predictions.set(2, new Prediction("T-2", DAY, predictions.get(1).probability()));

    assertThat(TopDecile.of(predictions, Map.of("T-2", DAY.plusDays(30)), 30).inTopDecile())
        .isEqualTo(1);
  }
}
