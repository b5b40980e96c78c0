package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.rules.SessionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One tutor's UTC day: the counters of {@link TutorDayClosed} plus what the secondary metrics need
 * (on-time sessions). Immutable; each {@code plus} returns a new aggregate, and applying the same
 * events in any order gives an equal record (sums are kept to six decimals, response times sorted,
 * subjects a sorted set). Events are attributed by {@link EventDay}.
 *
 * <p>Per session: every session record counts as scheduled; a no-show counts in {@code noShows},
 * otherwise it is held ({@code sessionsCompleted}) and adds its engagement (0–1), objectives met,
 * technical issues, its subject, either a late start or an on-time start, and a first session
 * (session number 1) more than 10 minutes late ({@link SessionRules}). Per feedback: the overall
 * rating, and first-session ratings with their successes, poor ratings (below 3) and "would not
 * recommend" answers (so the first-session counters are rated first sessions). Reschedule requests
 * are activity, not counted again: reschedules come from the session record.
 */
public record DayAggregate(
    String tutorId,
    LocalDate day,
    int sessionsScheduled,
    int sessionsCompleted,
    int noShows,
    int tutorReschedules,
    int shortNoticeReschedules,
    int lateStarts,
    int onTimeSessions,
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
    List<Double> responseMinutes,
    int availabilityChanges,
    double availabilityHoursDelta,
    int trainingCompletions,
    List<String> subjects,
    int firstSessionsPoorlyRated,
    int firstSessionsNotRecommended,
    int firstSessionLateStarts) {

  public DayAggregate {
    Objects.requireNonNull(tutorId, "tutorId");
    Objects.requireNonNull(day, "day");
    List<Double> sorted = new ArrayList<>(Objects.requireNonNull(responseMinutes));
    sorted.sort(null);
    responseMinutes = List.copyOf(sorted);
    if (responseMinutes.size() != messageResponses) {
      throw new IllegalArgumentException("one response time per message response");
    }
    subjects = List.copyOf(new TreeSet<>(Objects.requireNonNull(subjects, "subjects")));
  }

  public static DayAggregate empty(String tutorId, LocalDate day) {
    return new DayAggregate(
        tutorId, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, 0,
        List.of(), 0, 0, 0);
  }

  /** Applies any of the three event kinds an aggregate counts. */
  public DayAggregate plus(TutorMaxEvent event) {
    if (event instanceof SessionRecorded session) {
      return plusSession(session);
    }
    if (event instanceof FeedbackSubmitted feedback) {
      return plusFeedback(feedback);
    }
    if (event instanceof TutorActivityRecorded activity) {
      return plusActivity(activity);
    }
    throw new IllegalArgumentException(
        "a day aggregate does not count " + event.getClass().getSimpleName());
  }

  public DayAggregate plusSession(SessionRecorded session) {
    checkBelongs(session, session.tutorId());
    Builder b = new Builder(this);
    b.sessionsScheduled++;
    if (SessionRules.isHeld(session)) {
      b.sessionsCompleted++;
      b.engagementSum = ExactSum.add(b.engagementSum, session.engagementScore());
      b.objectivesMet += session.learningObjectivesMet() ? 1 : 0;
      b.technicalIssues += session.technicalIssues() ? 1 : 0;
      b.lateStarts += SessionRules.isLateStart(session) ? 1 : 0;
      b.onTimeSessions += SessionRules.isOnTime(session) ? 1 : 0;
      b.firstSessionLateStarts += SessionRules.isLateFirstSession(session) ? 1 : 0;
      if (session.subject() != null) {
        b.subjects.add(session.subject());
      }
    } else {
      b.noShows++;
    }
    b.tutorReschedules += session.tutorRescheduled() ? 1 : 0;
    b.shortNoticeReschedules += SessionRules.isShortNoticeTutorReschedule(session) ? 1 : 0;
    return b.build();
  }

  public DayAggregate plusFeedback(FeedbackSubmitted feedback) {
    checkBelongs(feedback, feedback.tutorId());
    Builder b = new Builder(this);
    b.ratingsCount++;
    b.ratingsSum += feedback.overallRating();
    if (feedback.firstSession()) {
      b.firstSessions++;
      b.firstSessionsSuccessful += SessionRules.isSuccessfulFirstSession(feedback) ? 1 : 0;
      b.firstSessionsPoorlyRated += SessionRules.isPoorlyRatedFirstSession(feedback) ? 1 : 0;
      b.firstSessionsNotRecommended += SessionRules.isNotRecommendedFirstSession(feedback) ? 1 : 0;
    }
    return b.build();
  }

  public DayAggregate plusActivity(TutorActivityRecorded activity) {
    checkBelongs(activity, activity.tutorId());
    Builder b = new Builder(this);
    switch (activity.kind()) {
      case LOGIN -> b.logins++;
      case MESSAGE_RESPONSE -> {
        double minutes = required(activity.responseMinutes(), "responseMinutes");
        b.messageResponses++;
        b.responseMinutesSum = ExactSum.add(b.responseMinutesSum, minutes);
        b.responseMinutes.add(minutes);
      }
      case AVAILABILITY_CHANGE -> {
        b.availabilityChanges++;
        b.availabilityHoursDelta =
            ExactSum.add(
                b.availabilityHoursDelta,
                required(activity.availabilityHoursDelta(), "availabilityHoursDelta"));
      }
      case TRAINING_COMPLETED -> b.trainingCompletions++;
      case RESCHEDULE_REQUEST -> {
        // Counted from the rescheduled session itself.
      }
    }
    return b.build();
  }

  public TutorDayClosed toClosedEvent(Instant closedAt) {
    return new TutorDayClosed(
        tutorId,
        day,
        sessionsScheduled,
        sessionsCompleted,
        noShows,
        tutorReschedules,
        shortNoticeReschedules,
        lateStarts,
        firstSessions,
        firstSessionsSuccessful,
        ratingsCount,
        ratingsSum,
        engagementSum,
        objectivesMet,
        technicalIssues,
        logins,
        messageResponses,
        responseMinutesSum,
        availabilityChanges,
        availabilityHoursDelta,
        trainingCompletions,
        closedAt,
        responseMinutes,
        subjects,
        firstSessionsPoorlyRated,
        firstSessionsNotRecommended,
        firstSessionLateStarts);
  }

  private void checkBelongs(TutorMaxEvent event, String eventTutorId) {
    if (!tutorId.equals(eventTutorId)) {
      throw new IllegalArgumentException("event of tutor " + eventTutorId + " on " + tutorId);
    }
    LocalDate eventDay = EventDay.of(event);
    if (!day.equals(eventDay)) {
      throw new IllegalArgumentException("event of " + eventDay + " on the aggregate of " + day);
    }
  }

  private static double required(Double value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  /** Mutable copy for one {@code plus} step. */
  private static final class Builder {
    private final String tutorId;
    private final LocalDate day;
    private int sessionsScheduled;
    private int sessionsCompleted;
    private int noShows;
    private int tutorReschedules;
    private int shortNoticeReschedules;
    private int lateStarts;
    private int onTimeSessions;
    private int firstSessions;
    private int firstSessionsSuccessful;
    private int ratingsCount;
    private int ratingsSum;
    private double engagementSum;
    private int objectivesMet;
    private int technicalIssues;
    private int logins;
    private int messageResponses;
    private double responseMinutesSum;
    private final List<Double> responseMinutes;
    private int availabilityChanges;
    private double availabilityHoursDelta;
    private int trainingCompletions;
    private final Set<String> subjects;
    private int firstSessionsPoorlyRated;
    private int firstSessionsNotRecommended;
    private int firstSessionLateStarts;

    private Builder(DayAggregate a) {
      tutorId = a.tutorId;
      day = a.day;
      sessionsScheduled = a.sessionsScheduled;
      sessionsCompleted = a.sessionsCompleted;
      noShows = a.noShows;
      tutorReschedules = a.tutorReschedules;
      shortNoticeReschedules = a.shortNoticeReschedules;
      lateStarts = a.lateStarts;
      onTimeSessions = a.onTimeSessions;
      firstSessions = a.firstSessions;
      firstSessionsSuccessful = a.firstSessionsSuccessful;
      ratingsCount = a.ratingsCount;
      ratingsSum = a.ratingsSum;
      engagementSum = a.engagementSum;
      objectivesMet = a.objectivesMet;
      technicalIssues = a.technicalIssues;
      logins = a.logins;
      messageResponses = a.messageResponses;
      responseMinutesSum = a.responseMinutesSum;
      responseMinutes = new ArrayList<>(a.responseMinutes);
      availabilityChanges = a.availabilityChanges;
      availabilityHoursDelta = a.availabilityHoursDelta;
      trainingCompletions = a.trainingCompletions;
      subjects = new TreeSet<>(a.subjects);
      firstSessionsPoorlyRated = a.firstSessionsPoorlyRated;
      firstSessionsNotRecommended = a.firstSessionsNotRecommended;
      firstSessionLateStarts = a.firstSessionLateStarts;
    }

    private DayAggregate build() {
      return new DayAggregate(
          tutorId,
          day,
          sessionsScheduled,
          sessionsCompleted,
          noShows,
          tutorReschedules,
          shortNoticeReschedules,
          lateStarts,
          onTimeSessions,
          firstSessions,
          firstSessionsSuccessful,
          ratingsCount,
          ratingsSum,
          engagementSum,
          objectivesMet,
          technicalIssues,
          logins,
          messageResponses,
          responseMinutesSum,
          responseMinutes,
          availabilityChanges,
          availabilityHoursDelta,
          trainingCompletions,
          List.copyOf(subjects),
          firstSessionsPoorlyRated,
          firstSessionsNotRecommended,
          firstSessionLateStarts);
    }
  }
}
