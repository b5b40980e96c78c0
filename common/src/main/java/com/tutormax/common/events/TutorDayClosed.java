package com.tutormax.common.events;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tutor's closed UTC day, published once per tutor per day (zero-activity days included). The
 * only input of churn features and training sets, so what training sees is what churn serves.
 *
 * <p>Schema v2 appends what the churn features and the rule score's pattern flags need beyond the
 * counters: every message response time of the day ({@code responseMinutes}, sorted, for p50/p95),
 * the distinct subjects of the day's held sessions ({@code subjects}, sorted), and three
 * first-session signals: rated first sessions rated below 3 ({@code firstSessionsPoorlyRated}),
 * first-session feedback that would not recommend the tutor or would not work with them again
 * ({@code firstSessionsNotRecommended}), and held first sessions started more than 10 minutes late
 * ({@code firstSessionLateStarts}). A v1 message (without them) decodes with empty lists and zeros.
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
    Instant closedAt,
    List<Double> responseMinutes,
    List<String> subjects,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int firstSessionsPoorlyRated,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int firstSessionsNotRecommended,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int firstSessionLateStarts)
    implements TutorMaxEvent {

  public TutorDayClosed {
    responseMinutes = responseMinutes == null ? List.of() : List.copyOf(responseMinutes);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  @Override
  public String key() {
    return tutorId;
  }
}
