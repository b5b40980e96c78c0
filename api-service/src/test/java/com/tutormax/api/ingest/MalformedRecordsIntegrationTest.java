package com.tutormax.api.ingest;

import static com.tutormax.api.ingest.IngestRecords.feedback;
import static com.tutormax.api.ingest.IngestRecords.id;
import static com.tutormax.api.ingest.IngestRecords.lifecycle;
import static com.tutormax.api.ingest.IngestRecords.session;
import static com.tutormax.api.ingest.IngestRecords.student;
import static com.tutormax.api.ingest.IngestRecords.tutor;
import static com.tutormax.api.ingest.IngestRecords.tutorEvent;
import static com.tutormax.api.ingest.IngestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.Topics;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A catalogue of broken records, one fault each: every one is refused with 422 naming exactly the
 * faulty field, and nothing reaches its topic.
 */
@ServiceIntegrationTest
class MalformedRecordsIntegrationTest {

  static final String TUTOR = id("T");
  static final String OTHER_TUTOR = id("T");
  static final String STUDENT = id("S");
  static final String SESSION = id("SES");
  private static boolean stored;

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  /** One fault: the record, where it goes, and the fields the answer must name. */
  record Fault(
      String name, String route, String topic, Map<String, Object> record, Set<String> fields) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeEach
  void storeTheReferencedRecords() {
    if (!stored) {
      StoredRecords store = new StoredRecords(db);
      store.tutor(TUTOR);
      store.tutor(OTHER_TUTOR);
      store.student(STUDENT);
      store.session(SESSION, TUTOR, STUDENT);
      stored = true;
    }
  }

  static Stream<Fault> faults() {
    String future = Instant.now().plusSeconds(3 * 86_400).toString();
    return Stream.of(
        sessionFault("engagement 1.5", "engagement_score", 1.5),
        sessionFault("engagement as text", "engagement_score", "high"),
        sessionFault("negative duration", "duration_minutes", -30),
        sessionFault("fractional duration", "duration_minutes", 60.5),
        sessionFault("session number 0", "session_number", 0),
        sessionFault("unknown session type", "session_type", "triple"),
        sessionFault("timestamp in words", "scheduled_start", "yesterday"),
        sessionFault("timestamp without offset", "scheduled_start", "2026-11-02T09:30:00"),
        sessionFault("timestamp before 2000", "scheduled_start", "1999-12-31T23:00:00Z"),
        sessionFault("actual start in the future", "actual_start", future),
        sessionFault("subject not in the catalog", "subject", "astrology"),
        sessionFault("negative late start", "late_start_minutes", -5),
        sessionFault("no_show as text", "no_show", "yes"),
        sessionFault("tutor id as number", "tutor_id", 42),
        sessionFault("tutor id with spaces", "tutor_id", "T 1"),
        sessionFault("unknown tutor", "tutor_id", "T-NOBODY"),
        sessionFault("unknown student", "student_id", "S-NOBODY"),
        new Fault(
            "missing session id",
            "sessions",
            Topics.SESSIONS,
            with(session(id("SES"), TUTOR, STUDENT), "session_id", null),
            Set.of("session_id")),
        new Fault(
            "missing learning_objectives_met",
            "sessions",
            Topics.SESSIONS,
            with(session(id("SES"), TUTOR, STUDENT), "learning_objectives_met", null),
            Set.of("learning_objectives_met")),
        new Fault(
            "misspelt field",
            "sessions",
            Topics.SESSIONS,
            with(session(id("SES"), TUTOR, STUDENT), "engagment", 0.5),
            Set.of("engagment")),
        new Fault(
            "tutor reschedule without notice or reason",
            "sessions",
            Topics.SESSIONS,
            with(session(id("SES"), TUTOR, STUDENT), "tutor_rescheduled", true),
            Set.of("reschedule_notice_hours", "reschedule_reason")),
        feedbackFault("rating 6", "overall_rating", 6),
        feedbackFault("rating 0", "overall_rating", 0),
        feedbackFault("rating as text", "patience", "5"),
        feedbackFault("free text over 500 characters", "free_text", "z".repeat(501)),
        feedbackFault("unknown work_again answer", "work_again", "definitely"),
        feedbackFault("submitted in the future", "submitted_at", future),
        feedbackFault("unknown session", "session_id", "SES-NOBODY"),
        feedbackFault("tutor not the session's", "tutor_id", OTHER_TUTOR),
        new Fault(
            "unknown improvement area",
            "feedback",
            Topics.FEEDBACK,
            with(
                feedback(id("F"), SESSION, TUTOR, STUDENT),
                "improvement_areas",
                List.of("late", "rude")),
            Set.of("improvement_areas[1]")),
        new Fault(
            "first session without work_again",
            "feedback",
            Topics.FEEDBACK,
            with(feedback(id("F"), SESSION, TUTOR, STUDENT), "first_session", true),
            Set.of("work_again")),
        new Fault(
            "under 13 without parental consent",
            "students",
            Topics.STUDENTS,
            with(with(student(id("S")), "age", 11), "parental_consent", false),
            Set.of("parental_consent")),
        studentFault("age 3", "age", 3),
        studentFault("age in words", "age", "twelve"),
        studentFault("missing name", "name", null),
        studentFault("registered at a bad date", "registered_at", "2026-02-30T10:00:00Z"),
        tutorFault("not an e-mail", "email", "not-an-email"),
        tutorFault("unknown subject family", "subject_family", "art"),
        tutorFault("no subjects", "subjects", List.of()),
        tutorFault("subjects as text", "subjects", "math"),
        tutorFault("baseline 0", "baseline_sessions_per_week", 0),
        eventFault("unknown event type", "event_type", "coffee_break"),
        eventFault(
            "message response without minutes",
            "event_type",
            "message_response",
            "response_minutes"),
        eventFault("unknown tutor", "tutor_id", "T-NOBODY"),
        eventFault("in the future", "occurred_at", future),
        new Fault(
            "unknown lifecycle change",
            "lifecycle",
            Topics.LIFECYCLE,
            with(lifecycle(TUTOR, "resigned"), "change", "fired"),
            Set.of("change")),
        new Fault(
            "lifecycle of an unknown tutor",
            "lifecycle",
            Topics.LIFECYCLE,
            lifecycle("T-NOBODY", "resigned"),
            Set.of("tutor_id")));
  }

  private static Fault sessionFault(String name, String field, Object value) {
    return new Fault(
        name,
        "sessions",
        Topics.SESSIONS,
        with(session(id("SES"), TUTOR, STUDENT), field, value),
        Set.of(field));
  }

  private static Fault feedbackFault(String name, String field, Object value) {
    return new Fault(
        name,
        "feedback",
        Topics.FEEDBACK,
        with(feedback(id("F"), SESSION, TUTOR, STUDENT), field, value),
        Set.of(field));
  }

  private static Fault studentFault(String name, String field, Object value) {
    return new Fault(
        name, "students", Topics.STUDENTS, with(student(id("S")), field, value), Set.of(field));
  }

  private static Fault tutorFault(String name, String field, Object value) {
    return new Fault(
        name, "tutors", Topics.TUTORS, with(tutor(id("T")), field, value), Set.of(field));
  }

  private static Fault eventFault(String name, String field, Object value) {
    return eventFault(name, field, value, field);
  }

  private static Fault eventFault(String name, String field, Object value, String faulty) {
    return new Fault(
        name,
        "tutor-events",
        Topics.ACTIVITY,
        with(tutorEvent(id("A"), TUTOR), field, value),
        Set.of(faulty));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void isRefusedNamingExactlyTheFaultyFieldAndNothingIsPublished(Fault fault) {
    long before = Published.count(fault.topic());

    @SuppressWarnings("unchecked")
    List<Object> errors =
        (List<Object>)
            web.post()
                .uri("/api/ingest/" + fault.route())
                .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(fault.record())
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("errors");

    assertThat(errors)
        .extracting(e -> field(e, "field"))
        .containsExactlyInAnyOrderElementsOf(List.copyOf(fault.fields()));
    assertThat(errors).allSatisfy(e -> assertThat(field(e, "message")).isNotNull());
    // The API answers only after the broker acknowledged what it published: nothing, here.
    assertThat(Published.count(fault.topic())).isEqualTo(before);
  }

  private static Object field(Object json, String name) {
    return ((Map<?, ?>) json).get(name);
  }
}
