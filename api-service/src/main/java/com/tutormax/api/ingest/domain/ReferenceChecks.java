package com.tutormax.api.ingest.domain;

import com.tutormax.api.ingest.domain.KnownRecords.SessionParties;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.validation.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a record refers to must exist: a session's tutor and student, a feedback's session (and its
 * tutor and student must be the session's), a tutor event's or lifecycle change's tutor.
 */
public final class ReferenceChecks {

  private ReferenceChecks() {}

  /** The ids a set of records refers to, to look them up in one go. */
  public record Wanted(Set<String> tutors, Set<String> students, Set<String> sessions) {

    public boolean isEmpty() {
      return tutors.isEmpty() && students.isEmpty() && sessions.isEmpty();
    }

    /** What is still wanted once {@code found} is known. */
    public Wanted without(KnownRecords found) {
      return new Wanted(
          minus(tutors, found.tutors()),
          minus(students, found.students()),
          minus(sessions, found.sessions().keySet()));
    }

    private static Set<String> minus(Set<String> all, Set<String> found) {
      Set<String> rest = new HashSet<>(all);
      rest.removeAll(found);
      return Set.copyOf(rest);
    }
  }

  public static Wanted wanted(Collection<TutorMaxEvent> events) {
    Set<String> tutors = new HashSet<>();
    Set<String> students = new HashSet<>();
    Set<String> sessions = new HashSet<>();
    for (TutorMaxEvent event : events) {
      if (event instanceof SessionRecorded s) {
        addIfSet(tutors, s.tutorId());
        addIfSet(students, s.studentId());
      } else if (event instanceof SessionBooked b) {
        addIfSet(tutors, b.tutorId());
        addIfSet(students, b.studentId());
      } else if (event instanceof FeedbackSubmitted f) {
        addIfSet(sessions, f.sessionId());
      } else if (event instanceof TutorActivityRecorded a) {
        addIfSet(tutors, a.tutorId());
      } else if (event instanceof TutorLifecycleChanged l) {
        addIfSet(tutors, l.tutorId());
      }
    }
    return new Wanted(Set.copyOf(tutors), Set.copyOf(students), Set.copyOf(sessions));
  }

  /** The record's references that do not resolve against the known records. */
  public static List<FieldError> check(TutorMaxEvent event, KnownRecords known) {
    List<FieldError> errors = new ArrayList<>();
    if (event instanceof SessionRecorded s) {
      tutor(s.tutorId(), known, errors);
      student(s.studentId(), known, errors);
    } else if (event instanceof SessionBooked b) {
      tutor(b.tutorId(), known, errors);
      student(b.studentId(), known, errors);
    } else if (event instanceof FeedbackSubmitted f) {
      feedback(f, known.sessions(), errors);
    } else if (event instanceof TutorActivityRecorded a) {
      tutor(a.tutorId(), known, errors);
    } else if (event instanceof TutorLifecycleChanged l) {
      tutor(l.tutorId(), known, errors);
    }
    return errors;
  }

  private static void tutor(String id, KnownRecords known, List<FieldError> errors) {
    if (id != null && !known.tutors().contains(id)) {
      errors.add(
          new FieldError(
              "tutor_id", "unknown tutor '" + id + "'; send it to /api/ingest/tutors first"));
    }
  }

  private static void student(String id, KnownRecords known, List<FieldError> errors) {
    if (id != null && !known.students().contains(id)) {
      errors.add(
          new FieldError(
              "student_id", "unknown student '" + id + "'; send it to /api/ingest/students first"));
    }
  }

  private static void feedback(
      FeedbackSubmitted f, Map<String, SessionParties> sessions, List<FieldError> errors) {
    if (f.sessionId() == null) {
      return;
    }
    SessionParties session = sessions.get(f.sessionId());
    if (session == null) {
      errors.add(
          new FieldError(
              "session_id",
              "unknown session '" + f.sessionId() + "'; send it to /api/ingest/sessions first"));
      return;
    }
    if (f.tutorId() != null && !f.tutorId().equals(session.tutorId())) {
      errors.add(new FieldError("tutor_id", "does not match the session's tutor"));
    }
    if (f.studentId() != null && !f.studentId().equals(session.studentId())) {
      errors.add(new FieldError("student_id", "does not match the session's student"));
    }
  }

  private static void addIfSet(Set<String> ids, String id) {
    if (id != null && !id.isBlank()) {
      ids.add(id);
    }
  }
}
