package com.tutormax.training.firstsession.domain;

import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.FeatureVector;
import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.training.dataset.domain.TutorHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-session model's training set: one row per rated first session of a registered tutor,
 * with features known before the session ({@link FirstSessionFeatures}: closed days strictly before
 * its UTC day, its scheduled hour, subject and student) and the label "rated below 3" (the PRD's
 * first-session failure). A session's own rating, and anything on or after its day, never reaches
 * its features. Unrated sessions and sessions of unknown tutors give no row.
 */
public final class FirstSessionDataset {

  /** A first session rated below this failed (PRD: rating < 3 of 5). */
  public static final int POOR_BELOW = 3;

  private static final Comparator<FirstSessionRow> ORDER =
      Comparator.comparing(FirstSessionRow::scheduledStart)
          .thenComparing(FirstSessionRow::sessionId);

  private FirstSessionDataset() {}

  /**
   * The rows, ordered by scheduled start then session id.
   *
   * @param tutors each tutor's history, by tutor id
   * @param studentAges each known student's age, by student id
   */
  public static List<FirstSessionRow> rows(
      List<FirstSession> sessions,
      Map<String, TutorHistory> tutors,
      Map<String, Integer> studentAges) {
    // The tutor's history features are the same for every session of a day: computed once.
    Map<String, Map<LocalDate, FeatureVector>> history = new HashMap<>();
    List<FirstSessionRow> rows = new ArrayList<>();
    for (FirstSession session : sessions) {
      TutorHistory tutor = tutors.get(session.tutorId());
      if (session.rating() == null || tutor == null) {
        continue;
      }
      FeatureVector asOf =
          history
              .computeIfAbsent(session.tutorId(), k -> new HashMap<>())
              .computeIfAbsent(
                  session.day(), day -> ChurnFeatures.of(tutor.profile(), tutor.closedDays(), day));
      Integer age = session.studentId() == null ? null : studentAges.get(session.studentId());
      rows.add(
          new FirstSessionRow(
              session.sessionId(),
              session.tutorId(),
              session.scheduledStart(),
              FirstSessionFeatures.of(asOf, session.scheduledStart(), session.subject(), age),
              session.rating() < POOR_BELOW));
    }
    rows.sort(ORDER);
    return List.copyOf(rows);
  }
}
