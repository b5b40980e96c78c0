package com.tutormax.infra.launcher.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The early-warning figure of the quality report, measured against the generator's ground truth: of
 * the tutors who left on day L, the share that the 30-day model ranked in the top tenth of risk on
 * day L − 30. Only tutors with a prediction on that day count (the model's held-out test split
 * covers a few weeks). A tutor is in the top tenth when fewer than ceil(n / 10) of that day's n
 * predictions are strictly higher.
 */
public final class TopDecile {

  /** One test-split prediction of the model. */
  public record Prediction(String tutorId, LocalDate asOfDay, double probability) {}

  /** How many leavers were measured and how many of them were in the top tenth. */
  public record Result(int leavers, int inTopDecile) {

    /** The share, NaN when no leaver could be measured. */
    public double share() {
      return leavers == 0 ? Double.NaN : inTopDecile / (double) leavers;
    }
  }

  private TopDecile() {}

  /**
   * @param predictions the model's predictions, any order
   * @param leftOn each tutor's ground-truth leave day (tutors who stayed are absent)
   * @param leadDays how long before leaving the tutor is judged (30)
   */
  public static Result of(
      List<Prediction> predictions, Map<String, LocalDate> leftOn, int leadDays) {
    Map<LocalDate, List<Prediction>> byDay = new HashMap<>();
    for (Prediction p : predictions) {
      byDay.computeIfAbsent(p.asOfDay(), d -> new ArrayList<>()).add(p);
    }
    int leavers = 0;
    int inTop = 0;
    for (Map.Entry<String, LocalDate> leaver : leftOn.entrySet()) {
      List<Prediction> day = byDay.get(leaver.getValue().minusDays(leadDays));
      Prediction own = day == null ? null : find(day, leaver.getKey());
      if (own == null) {
        continue;
      }
      leavers++;
      long higher = day.stream().filter(p -> p.probability() > own.probability()).count();
      if (higher < Math.ceil(day.size() / 10.0)) {
        inTop++;
      }
    }
    return new Result(leavers, inTop);
  }

  private static Prediction find(List<Prediction> day, String tutorId) {
    for (Prediction p : day) {
      if (p.tutorId().equals(tutorId)) {
        return p;
      }
    }
    return null;
  }
}
