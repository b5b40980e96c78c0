package com.tutormax.common.validation;

import com.tutormax.common.domain.Coppa;
import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The field rules of the ingested records (tutors, students, sessions, feedback, tutor events), in
 * one place: the ingestion API answers with these errors, the system of record sends records that
 * break them to the dead-letter topic, and the generator's output is tested against them. Field
 * names are the PRD's snake_case names.
 */
public final class EventValidator {

  /** What a student may tick after a negative first session. */
  public static final Set<String> IMPROVEMENT_AREAS =
      Set.of("late", "unprepared", "unclear", "not_patient", "technical_issues");

  public static final int MAX_FREE_TEXT = 500;
  public static final int MAX_SESSION_MINUTES = 240;

  private final Clock clock;

  public EventValidator(Clock clock) {
    this.clock = clock;
  }

  /** Every problem with the record; empty when it is valid. Other event types are not checked. */
  public List<FieldError> validate(TutorMaxEvent event) {
    FieldChecks checks = new FieldChecks(clock.instant());
    if (event instanceof TutorRegistered tutor) {
      tutor(tutor, checks);
    } else if (event instanceof StudentRegistered student) {
      student(student, checks);
    } else if (event instanceof SessionRecorded session) {
      session(session, checks);
    } else if (event instanceof SessionBooked booking) {
      booking(booking, checks);
    } else if (event instanceof FeedbackSubmitted feedback) {
      feedback(feedback, checks);
    } else if (event instanceof TutorActivityRecorded activity) {
      activity(activity, checks);
    } else if (event instanceof TutorLifecycleChanged lifecycle) {
      lifecycle(lifecycle, checks);
    }
    return checks.errors();
  }

  private static void tutor(TutorRegistered t, FieldChecks c) {
    c.id(t.tutorId(), "tutor_id");
    c.text(t.name(), "name", 200);
    c.text(t.email(), "email", 254);
    if (t.email() != null && !t.email().isBlank()) {
      c.check(
          t.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "is not an e-mail address");
    }
    SubjectFamily family = null;
    if (c.required(t.subjectFamily(), "subject_family")) {
      family = SubjectFamily.parse(t.subjectFamily()).orElse(null);
      c.check(
          family != null, "subject_family", "must be one of " + List.of(SubjectFamily.values()));
    }
    if (t.subjects() == null || t.subjects().isEmpty()) {
      c.fail("subjects", "must list at least one subject");
    } else {
      for (int i = 0; i < t.subjects().size(); i++) {
        subject(t.subjects().get(i), "subjects[" + i + "]", c);
      }
    }
    c.range(t.baselineSessionsPerWeek(), 1, 200, "baseline_sessions_per_week");
    c.timestamp(t.joinedAt(), "joined_at");
    c.required(t.source(), "source");
  }

  private static void student(StudentRegistered s, FieldChecks c) {
    c.id(s.studentId(), "student_id");
    c.text(s.name(), "name", 200);
    c.range(s.age(), 4, 99, "age");
    c.text(s.gradeLevel(), "grade_level", 16);
    c.check(
        Coppa.mayCollect(s.age(), s.parentalConsent()),
        "parental_consent",
        "must be true for a student under 13 (COPPA)");
    c.timestamp(s.registeredAt(), "registered_at");
    c.required(s.source(), "source");
  }

  /** A booking is made before its session: booked_at is past, scheduled_start after it. */
  private static void booking(SessionBooked b, FieldChecks c) {
    c.id(b.sessionId(), "session_id");
    c.id(b.tutorId(), "tutor_id");
    c.id(b.studentId(), "student_id");
    c.range(b.sessionNumber(), 1, 100_000, "session_number");
    c.timestamp(b.bookedAt(), "booked_at");
    if (c.required(b.scheduledStart(), "scheduled_start") && b.bookedAt() != null) {
      c.check(
          b.scheduledStart().isAfter(b.bookedAt()), "scheduled_start", "must be after booked_at");
    }
    c.range(b.durationMinutes(), 1, MAX_SESSION_MINUTES, "duration_minutes");
    subject(b.subject(), "subject", c);
    c.required(b.sessionType(), "session_type");
    if (b.studentAge() != null) {
      c.range(b.studentAge(), 4, 99, "student_age");
    }
    c.required(b.source(), "source");
  }

  private static void session(SessionRecorded s, FieldChecks c) {
    c.id(s.sessionId(), "session_id");
    c.id(s.tutorId(), "tutor_id");
    c.id(s.studentId(), "student_id");
    c.range(s.sessionNumber(), 1, 100_000, "session_number");
    c.timestamp(s.scheduledStart(), "scheduled_start");
    if (s.noShow()) {
      c.check(s.actualStart() == null, "actual_start", "must be empty for a no-show");
      c.check(s.durationMinutes() == 0, "duration_minutes", "must be 0 for a no-show");
    } else {
      c.timestamp(s.actualStart(), "actual_start");
      c.range(s.durationMinutes(), 1, MAX_SESSION_MINUTES, "duration_minutes");
    }
    subject(s.subject(), "subject", c);
    c.required(s.sessionType(), "session_type");
    c.check(
        !(s.tutorRescheduled() && s.studentRescheduled()),
        "student_rescheduled",
        "a reschedule has one initiator; tutor_rescheduled is also true");
    boolean rescheduled = s.tutorRescheduled() || s.studentRescheduled();
    if (rescheduled) {
      c.check(
          s.rescheduleNoticeHours() != null && s.rescheduleNoticeHours() >= 0,
          "reschedule_notice_hours",
          "is required for a rescheduled session and must not be negative");
      c.text(s.rescheduleReason(), "reschedule_reason", 200);
    } else {
      c.check(
          s.rescheduleNoticeHours() == null && s.rescheduleReason() == null,
          "reschedule_notice_hours",
          "must be empty unless the session was rescheduled");
    }
    c.range(s.lateStartMinutes(), 0, MAX_SESSION_MINUTES, "late_start_minutes");
    c.range(s.engagementScore(), 0.0, 1.0, "engagement_score");
    c.required(s.source(), "source");
  }

  private static void feedback(FeedbackSubmitted f, FieldChecks c) {
    c.id(f.feedbackId(), "feedback_id");
    c.id(f.sessionId(), "session_id");
    c.id(f.tutorId(), "tutor_id");
    c.id(f.studentId(), "student_id");
    c.range(f.overallRating(), 1, 5, "overall_rating");
    c.range(f.subjectKnowledge(), 1, 5, "subject_knowledge");
    c.range(f.communication(), 1, 5, "communication");
    c.range(f.patience(), 1, 5, "patience");
    c.range(f.engagement(), 1, 5, "engagement");
    c.range(f.helpfulness(), 1, 5, "helpfulness");
    if (f.firstSession()) {
      c.required(f.workAgain(), "work_again");
    } else {
      c.check(f.workAgain() == null, "work_again", "is asked only after a first session");
    }
    List<String> areas = f.improvementAreas() == null ? List.of() : f.improvementAreas();
    for (int i = 0; i < areas.size(); i++) {
      c.check(
          IMPROVEMENT_AREAS.contains(areas.get(i)),
          "improvement_areas[" + i + "]",
          "must be one of " + IMPROVEMENT_AREAS.stream().sorted().toList());
    }
    c.optionalText(f.freeText(), "free_text", MAX_FREE_TEXT);
    c.timestamp(f.submittedAt(), "submitted_at");
    c.required(f.source(), "source");
  }

  private static void activity(TutorActivityRecorded a, FieldChecks c) {
    c.id(a.activityId(), "event_id");
    c.id(a.tutorId(), "tutor_id");
    c.timestamp(a.occurredAt(), "occurred_at");
    if (c.required(a.kind(), "event_type")) {
      switch (a.kind()) {
        case MESSAGE_RESPONSE ->
            c.check(
                a.responseMinutes() != null && a.responseMinutes() >= 0,
                "response_minutes",
                "is required for a message response and must not be negative");
        case AVAILABILITY_CHANGE ->
            c.required(a.availabilityHoursDelta(), "availability_hours_delta");
        case TRAINING_COMPLETED -> c.text(a.trainingModule(), "training_module", 100);
        case RESCHEDULE_REQUEST -> c.text(a.detail(), "detail", 200);
        case LOGIN -> {}
      }
    }
    c.optionalText(a.detail(), "detail", 200);
    c.required(a.source(), "source");
  }

  private static void lifecycle(TutorLifecycleChanged l, FieldChecks c) {
    c.id(l.tutorId(), "tutor_id");
    c.required(l.change(), "change");
    c.timestamp(l.occurredAt(), "occurred_at");
    c.optionalText(l.reason(), "reason", 200);
    c.required(l.source(), "source");
  }

  private static void subject(String subject, String field, FieldChecks c) {
    if (c.required(subject, field)) {
      c.check(
          SubjectFamily.ofSubject(subject).isPresent(), field, "unknown subject '" + subject + "'");
    }
  }
}
