package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.SessionRecorded.SessionType;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorActivityRecorded.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Compact event builders for the tests: one tutor, sensible defaults, change what matters. */
final class Events {

  static final String TUTOR = "T-0001";
  static final LocalDate DAY = LocalDate.parse("2026-03-02");

  private Events() {}

  /** An instant on {@code day} at hh:mm UTC. */
  static Instant at(LocalDate day, int hour, int minute) {
    return EventDay.startOf(day).plusSeconds(hour * 3600L + minute * 60L);
  }

  static Session session(String id) {
    return new Session(id);
  }

  static FeedbackSubmitted feedback(String id, int rating, boolean first, Instant submittedAt) {
    return new FeedbackSubmitted(
        id,
        "S-" + id,
        TUTOR,
        "ST-1",
        rating,
        rating,
        rating,
        rating,
        rating,
        rating,
        rating >= 4,
        first,
        first ? FeedbackSubmitted.WorkAgain.YES : null,
        List.of(),
        null,
        submittedAt,
        DataSource.SYNTHETIC);
  }

  static TutorActivityRecorded login(String id, Instant at) {
    return activity(id, Kind.LOGIN, at, null, null);
  }

  static TutorActivityRecorded response(String id, Instant at, double minutes) {
    return activity(id, Kind.MESSAGE_RESPONSE, at, minutes, null);
  }

  static TutorActivityRecorded availability(String id, Instant at, double hoursDelta) {
    return activity(id, Kind.AVAILABILITY_CHANGE, at, null, hoursDelta);
  }

  static TutorActivityRecorded activity(
      String id, Kind kind, Instant at, Double minutes, Double hoursDelta) {
    return new TutorActivityRecorded(
        id,
        TUTOR,
        kind,
        at,
        minutes,
        hoursDelta,
        kind == Kind.TRAINING_COMPLETED ? "first-session-essentials" : null,
        kind == Kind.RESCHEDULE_REQUEST ? "illness" : null,
        DataSource.SYNTHETIC);
  }

  /**
   * A held, on-time 1-on-1 math session (not a first one) at 10:00 on {@link #DAY}, then tweaks.
   */
  static final class Session {
    private final String id;
    private String tutorId = TUTOR;
    private Instant scheduledStart = Events.at(DAY, 10, 0);
    private int sessionNumber = 2;
    private boolean noShow;
    private int lateMinutes;
    private boolean tutorRescheduled;
    private Double noticeHours;
    private double engagement = 0.8;
    private boolean objectivesMet = true;
    private boolean technicalIssues;
    private String subject = "math";
    private SessionType type = SessionType.ONE_ON_ONE;

    private Session(String id) {
      this.id = id;
    }

    Session tutor(String tutorId) {
      this.tutorId = tutorId;
      return this;
    }

    Session at(Instant scheduledStart) {
      this.scheduledStart = scheduledStart;
      return this;
    }

    Session first() {
      sessionNumber = 1;
      return this;
    }

    Session noShow() {
      noShow = true;
      engagement = 0;
      objectivesMet = false;
      return this;
    }

    Session late(int minutes) {
      lateMinutes = minutes;
      return this;
    }

    Session tutorRescheduled(double noticeHours) {
      tutorRescheduled = true;
      this.noticeHours = noticeHours;
      return this;
    }

    Session engagement(double engagement) {
      this.engagement = engagement;
      return this;
    }

    Session objectivesMissed() {
      objectivesMet = false;
      return this;
    }

    Session technicalIssues() {
      technicalIssues = true;
      return this;
    }

    Session subject(String subject, SessionType type) {
      this.subject = subject;
      this.type = type;
      return this;
    }

    SessionRecorded build() {
      return new SessionRecorded(
          id,
          tutorId,
          "ST-1",
          sessionNumber,
          scheduledStart,
          noShow ? null : scheduledStart.plusSeconds(lateMinutes * 60L),
          noShow ? 0 : 60 - lateMinutes,
          subject,
          type,
          tutorRescheduled,
          false,
          noticeHours,
          tutorRescheduled ? "illness" : null,
          noShow,
          lateMinutes,
          engagement,
          objectivesMet,
          technicalIssues,
          DataSource.SYNTHETIC);
    }
  }
}
