package com.tutormax.common.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One tutor's closed UTC day, published once per tutor per day (zero-activity days included). The
 * only input of churn features and training sets, so what training sees is what churn serves.
 */
public record TutorDayClosed(
    String tutorId,
    LocalDate day,
    int sessionsScheduled,
    int sessionsCompleted,
    int noShows,
    int tutorReschedules,
    int shortNoticeReschedules,
    int lateStarts,
    int firstSessions,
    int firstSessionsSuccessful,
    int ratingsCount,
    int ratingsSum,
    double engagementSum,
    int objectivesMet,
    int technicalIssues,
    int logins,
    int messageResponses,
    double responseMinutesSum,
    int availabilityChanges,
    double availabilityHoursDelta,
    int trainingCompletions,
    Instant closedAt)
    implements TutorMaxEvent {

  @Override
  public String key() {
    return tutorId;
  }
}
