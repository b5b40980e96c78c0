package com.tutormax.api.notifications.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The automated interventions' emails to the tutor (A1 coaching tips, A2 training module, A4
 * reschedule alert, A5 first-session preparation), built from churn-service's recommendation. A
 * tutor never sees a churn score or a risk (PRD): the model names the metrics by their meaning and,
 * for A5, only the session (the reason's part before the risk).
 */
public final class TutorActionMessage {

  /** What each metric flag means to a tutor, and what helps. */
  private static final Map<String, String[]> METRICS = new LinkedHashMap<>();

  static {
    METRICS.put(
        "LOW_RATING",
        new String[] {
          "students' ratings have dipped",
          "agree on one goal at the start of each session and recap it in the last five minutes"
        });
    METRICS.put(
        "LOW_OBJECTIVES_MET",
        new String[] {
          "fewer sessions reached their learning objectives",
          "plan two or three small steps per session and check each one off with the student"
        });
    METRICS.put(
        "LOW_FIRST_SESSION_SUCCESS",
        new String[] {
          "some first sessions did not land as hoped",
          "ask new students what they need before you start, and leave time for their questions"
        });
    METRICS.put(
        "HIGH_NO_SHOW_RATE",
        new String[] {
          "some sessions were missed",
          "send a short reminder the day before and keep your calendar up to date"
        });
    METRICS.put(
        "HIGH_RESCHEDULE_RATE",
        new String[] {
          "a number of sessions were moved",
          "block the hours you can commit to and open only those for booking"
        });
  }

  private TutorActionMessage() {}

  /** The notice an automated intervention type sends, if it sends one itself. */
  public static Optional<NotificationKind> kindOf(String interventionType) {
    if (interventionType == null) {
      return Optional.empty();
    }
    if (interventionType.startsWith("A1")) {
      return Optional.of(NotificationKind.COACHING_TIPS);
    }
    if (interventionType.startsWith("A2")) {
      return Optional.of(NotificationKind.TRAINING_ASSIGNMENT);
    }
    if (interventionType.startsWith("A4")) {
      return Optional.of(NotificationKind.RESCHEDULE_ALERT);
    }
    if (interventionType.startsWith("A5")) {
      return Optional.of(NotificationKind.FIRST_SESSION_PREP);
    }
    return Optional.empty();
  }

  /** One notice per recommendation: a redelivered one sends nothing more. */
  public static String dedupeKey(String recommendationId) {
    return "automated:" + recommendationId;
  }

  /** The model of the kind's templates. */
  public static MessageModel of(NotificationKind kind, String tutorName, String reason) {
    Map<String, Object> values = new HashMap<>();
    values.put("tutorName", tutorName);
    values.put("metrics", metrics(reason));
    values.put("session", session(reason));
    return new MessageModel(values);
  }

  /** The metrics a reason names ("Metrics below threshold: LOW_RATING, ..."), in words. */
  static List<Map<String, String>> metrics(String reason) {
    List<Map<String, String>> found = new ArrayList<>();
    if (reason == null) {
      return found;
    }
    METRICS.forEach(
        (flag, words) -> {
          if (reason.contains(flag)) {
            found.add(Map.of("meaning", words[0], "tip", words[1]));
          }
        });
    return found;
  }

  /**
   * A5's session from its reason ("First session Monday 30 November 2026, 16:00 UTC (algebra): 63%
   * risk …" reads "Your session on Monday 30 November 2026, 16:00 UTC (algebra)"), never its risk.
   */
  static String session(String reason) {
    String prefix = "First session ";
    int end = reason == null ? -1 : reason.indexOf("):");
    if (end < 0 || !reason.startsWith(prefix)) {
      return "Your next session";
    }
    return "Your session on " + reason.substring(prefix.length(), end + 1);
  }
}
