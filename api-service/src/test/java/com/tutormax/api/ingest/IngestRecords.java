package com.tutormax.api.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid records in the ingestion API's JSON format, to send as they are or break one field. */
final class IngestRecords {

  /** Two hours ago, whole seconds: recent, and equal after the round trip through JSON. */
  static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);

  private IngestRecords() {}

  static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
  }

  static Map<String, Object> tutor(String tutorId) {
    Map<String, Object> tutor = new LinkedHashMap<>();
    tutor.put("tutor_id", tutorId);
    tutor.put("name", "Grace Hopper");
    tutor.put("email", "grace@example.org");
    tutor.put("subjects", List.of("math", "physics"));
    tutor.put("subject_family", "stem");
    tutor.put("baseline_sessions_per_week", 15);
    tutor.put("joined_at", START.minusSeconds(86_400 * 30).toString());
    return tutor;
  }

  static Map<String, Object> student(String studentId) {
    Map<String, Object> student = new LinkedHashMap<>();
    student.put("student_id", studentId);
    student.put("name", "Ada Student");
    student.put("age", 15);
    student.put("grade_level", "10");
    student.put("parental_consent", true);
    student.put("registered_at", START.minusSeconds(86_400 * 10).toString());
    return student;
  }

  static Map<String, Object> session(String sessionId, String tutorId, String studentId) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("session_id", sessionId);
    session.put("tutor_id", tutorId);
    session.put("student_id", studentId);
    session.put("session_number", 1);
    session.put("scheduled_start", START.toString());
    session.put("actual_start", START.plusSeconds(240).toString());
    session.put("duration_minutes", 60);
    session.put("subject", "math");
    session.put("session_type", "one_on_one");
    session.put("tutor_rescheduled", false);
    session.put("student_rescheduled", false);
    session.put("no_show", false);
    session.put("late_start_minutes", 4);
    session.put("engagement_score", 0.82);
    session.put("learning_objectives_met", true);
    session.put("technical_issues", false);
    return session;
  }

  static Map<String, Object> feedback(
      String feedbackId, String sessionId, String tutorId, String studentId) {
    Map<String, Object> feedback = new LinkedHashMap<>();
    feedback.put("feedback_id", feedbackId);
    feedback.put("session_id", sessionId);
    feedback.put("tutor_id", tutorId);
    feedback.put("student_id", studentId);
    feedback.put("overall_rating", 4);
    feedback.put("subject_knowledge", 5);
    feedback.put("communication", 4);
    feedback.put("patience", 4);
    feedback.put("engagement", 3);
    feedback.put("helpfulness", 4);
    feedback.put("would_recommend", true);
    feedback.put("first_session", false);
    feedback.put("improvement_areas", List.of());
    feedback.put("free_text", "Clear explanations.");
    feedback.put("submitted_at", START.plusSeconds(3 * 3600).toString());
    return feedback;
  }

  static Map<String, Object> tutorEvent(String eventId, String tutorId) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event_id", eventId);
    event.put("tutor_id", tutorId);
    event.put("event_type", "login");
    event.put("occurred_at", START.toString());
    return event;
  }

  static Map<String, Object> lifecycle(String tutorId, String change) {
    Map<String, Object> lifecycle = new LinkedHashMap<>();
    lifecycle.put("tutor_id", tutorId);
    lifecycle.put("change", change);
    lifecycle.put("occurred_at", START.toString());
    lifecycle.put("reason", "moved abroad");
    return lifecycle;
  }

  /** A copy with one field changed (or removed, for a null value). */
  static Map<String, Object> with(Map<String, Object> record, String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(record);
    if (value == null) {
      copy.remove(field);
    } else {
      copy.put(field, value);
    }
    return copy;
  }
}
