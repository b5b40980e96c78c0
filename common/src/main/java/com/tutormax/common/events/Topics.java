package com.tutormax.common.events;

import java.util.List;

/** Topic names of the Kafka contract: {@code tutormax.<name>.v1}; dead letters add {@code .DLT}. */
public final class Topics {

  public static final String TUTORS = "tutormax.tutors.v1";
  public static final String STUDENTS = "tutormax.students.v1";
  public static final String SESSIONS = "tutormax.sessions.v1";
  public static final String BOOKINGS = "tutormax.bookings.v1";
  public static final String FEEDBACK = "tutormax.feedback.v1";
  public static final String ACTIVITY = "tutormax.activity.v1";
  public static final String LIFECYCLE = "tutormax.lifecycle.v1";
  public static final String TUTOR_DAYS = "tutormax.tutor-days.v1";
  public static final String PERFORMANCE = "tutormax.performance.v1";
  public static final String CHURN_DETECTED = "tutormax.churn-detected.v1";
  public static final String CHURN_PREDICTIONS = "tutormax.churn-predictions.v1";
  public static final String INTERVENTION_RECOMMENDATIONS =
      "tutormax.intervention-recommendations.v1";
  public static final String INTERVENTION_UPDATES = "tutormax.intervention-updates.v1";
  public static final String MODELS = "tutormax.models.v1";
  public static final String FIRST_SESSION_MODELS = "tutormax.first-session-models.v1";
  public static final String JOB_REQUESTS = "tutormax.job-requests.v1";
  public static final String JOB_RESULTS = "tutormax.job-results.v1";
  public static final String HEARTBEATS = "tutormax.heartbeats.v1";

  public static final String DLT_SUFFIX = ".DLT";

  public static final List<String> ALL =
      List.of(
          TUTORS,
          STUDENTS,
          SESSIONS,
          BOOKINGS,
          FEEDBACK,
          ACTIVITY,
          LIFECYCLE,
          TUTOR_DAYS,
          PERFORMANCE,
          CHURN_DETECTED,
          CHURN_PREDICTIONS,
          INTERVENTION_RECOMMENDATIONS,
          INTERVENTION_UPDATES,
          MODELS,
          FIRST_SESSION_MODELS,
          JOB_REQUESTS,
          JOB_RESULTS,
          HEARTBEATS);

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + DLT_SUFFIX;
  }
}
