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

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.SessionRecorded.SessionType;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real records in, contract events out: the ingestion API on real PostgreSQL, Redis and Kafka. */
@ServiceIntegrationTest
class IngestIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  @Value("${local.server.port}")
  int port;

  private final String admin = TestTokens.forRoles("ADMIN");

  private WebTestClient.ResponseSpec post(String route, Object body) {
    return web.post()
        .uri("/api/ingest/" + route)
        .headers(h -> h.setBearerAuth(admin))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private Map<?, ?> batch(String route, List<?> records) {
    return post(route, records)
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private static String eventId(String kind, String naturalId) {
    return UUID.nameUUIDFromBytes(
            ("ingest:" + kind + ":" + naturalId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void aValidSessionIsPublishedAsTheContractEventWithSourceIngest() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String studentId = id("S");
    store.tutor(tutorId);
    store.student(studentId);
    String sessionId = id("SES");
    Map<String, Object> session =
        with(
            with(session(sessionId, tutorId, studentId), "tutor_rescheduled", true),
            "reschedule_notice_hours",
            6.5);
    session.put("reschedule_reason", "schedule conflict");
    session.put("session_type", "GROUP");
    session.put("subject", "Math");

    post("sessions", session)
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(sessionId)
        .jsonPath("$.status")
        .isEqualTo("accepted")
        .jsonPath("$.event_id")
        .isEqualTo(eventId("session", sessionId));

    ConsumerRecord<String, byte[]> record =
        Published.withEventIds(Topics.SESSIONS, List.of(eventId("session", sessionId)), 1).get(0);
    assertThat(record.key()).isEqualTo(tutorId);
    assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("SessionRecorded");
    assertThat(header(record, EventHeaders.PRODUCER)).isEqualTo("api-service");
    assertThat(EventJson.read(record.value(), SessionRecorded.class))
        .isEqualTo(
            new SessionRecorded(
                sessionId,
                tutorId,
                studentId,
                1,
                IngestRecords.START,
                IngestRecords.START.plusSeconds(240),
                60,
                "math",
                SessionType.GROUP,
                true,
                false,
                6.5,
                "schedule conflict",
                false,
                4,
                0.82,
                true,
                false,
                DataSource.INGEST));
  }

  @Test
  void aBookingAheadIsPublishedAndOneOfAnUnknownTutorOrBookedAfterItsStartIsNot() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String studentId = id("S");
    store.tutor(tutorId);
    store.student(studentId);
    String sessionId = id("SES");
    Instant start = Instant.now().plusSeconds(2 * 86_400).truncatedTo(ChronoUnit.SECONDS);
    Instant booked = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> booking = new LinkedHashMap<>();
    booking.put("session_id", sessionId);
    booking.put("tutor_id", tutorId);
    booking.put("student_id", studentId);
    booking.put("session_number", 1);
    booking.put("scheduled_start", start.toString());
    booking.put("duration_minutes", 45);
    booking.put("subject", "Chemistry");
    booking.put("session_type", "ONE_ON_ONE");
    booking.put("booked_at", booked.toString());

    post("bookings", booking).expectStatus().isAccepted();
    ConsumerRecord<String, byte[]> record =
        Published.withEventIds(Topics.BOOKINGS, List.of(eventId("booking", sessionId)), 1).get(0);
    assertThat(record.key()).isEqualTo(tutorId);
    assertThat(EventJson.read(record.value(), SessionBooked.class))
        .isEqualTo(
            new SessionBooked(
                sessionId,
                tutorId,
                studentId,
                1,
                start,
                45,
                "chemistry",
                SessionType.ONE_ON_ONE,
                null,
                booked,
                DataSource.INGEST));

    Map<String, Object> unknownTutor = new LinkedHashMap<>(booking);
    unknownTutor.put("session_id", id("SES"));
    unknownTutor.put("tutor_id", id("T"));
    post("bookings", unknownTutor)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("tutor_id");
    Map<String, Object> late = new LinkedHashMap<>(booking);
    late.put("session_id", id("SES"));
    late.put("booked_at", start.plusSeconds(60).toString());
    late.put("student_age", 2);
    post("bookings", late)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(fields -> assertThat(fields.toString()).contains("booked_at", "student_age"));
  }

  @Test
  void everyKindGoesInAsABatchAndLaterBatchesMayReferToEarlierOnes() {
    // Nothing is in the store: sessions find their tutors and students among the records this
    // API accepted a moment ago, feedback finds its sessions, events their tutors.
    String tutorId = id("T");
    String otherTutorId = id("T");
    String studentId = id("S");
    String sessionId = id("SES");
    String feedbackId = id("F");
    String activityId = id("A");

    Map<?, ?> tutors = batch("tutors", List.of(tutor(tutorId), tutor(otherTutorId)));
    assertThat(tutors.get("accepted")).isEqualTo(2);
    Map<String, Object> child = with(student(studentId), "age", 11);
    assertThat(batch("students", List.of(child)).get("accepted")).isEqualTo(1);
    assertThat(batch("sessions", List.of(session(sessionId, tutorId, studentId))).get("accepted"))
        .isEqualTo(1);
    Map<String, Object> firstSession =
        with(feedback(feedbackId, sessionId, tutorId, studentId), "first_session", true);
    firstSession.put("work_again", "probably_not");
    firstSession.put("improvement_areas", List.of("late", "Unprepared"));
    assertThat(batch("feedback", List.of(firstSession)).get("accepted")).isEqualTo(1);
    Map<String, Object> response =
        with(
            with(tutorEvent(activityId, tutorId), "event_type", "MESSAGE_RESPONSE"),
            "response_minutes",
            42.5);
    assertThat(batch("tutor-events", List.of(response)).get("accepted")).isEqualTo(1);
    assertThat(batch("lifecycle", List.of(lifecycle(otherTutorId, "resigned"))).get("accepted"))
        .isEqualTo(1);

    TutorRegistered tutor =
        EventJson.read(
            Published.withEventIds(Topics.TUTORS, List.of(eventId("tutor", tutorId)), 1)
                .get(0)
                .value(),
            TutorRegistered.class);
    assertThat(tutor.subjectFamily()).isEqualTo("STEM");
    assertThat(tutor.subjects()).containsExactly("math", "physics");
    assertThat(tutor.source()).isEqualTo(DataSource.INGEST);

    StudentRegistered student =
        EventJson.read(
            Published.withEventIds(Topics.STUDENTS, List.of(eventId("student", studentId)), 1)
                .get(0)
                .value(),
            StudentRegistered.class);
    assertThat(student.age()).isEqualTo(11);
    assertThat(student.parentalConsent()).isTrue();
    assertThat(student.source()).isEqualTo(DataSource.INGEST);

    FeedbackSubmitted feedback =
        EventJson.read(
            Published.withEventIds(Topics.FEEDBACK, List.of(eventId("feedback", feedbackId)), 1)
                .get(0)
                .value(),
            FeedbackSubmitted.class);
    assertThat(feedback.workAgain()).isEqualTo(FeedbackSubmitted.WorkAgain.PROBABLY_NOT);
    assertThat(feedback.improvementAreas()).containsExactly("late", "unprepared");
    assertThat(feedback.source()).isEqualTo(DataSource.INGEST);

    TutorActivityRecorded activity =
        EventJson.read(
            Published.withEventIds(Topics.ACTIVITY, List.of(eventId("tutor-event", activityId)), 1)
                .get(0)
                .value(),
            TutorActivityRecorded.class);
    assertThat(activity.kind()).isEqualTo(TutorActivityRecorded.Kind.MESSAGE_RESPONSE);
    assertThat(activity.responseMinutes()).isEqualTo(42.5);
    assertThat(activity.source()).isEqualTo(DataSource.INGEST);

    String lifecycleId = otherTutorId + "/resigned/" + IngestRecords.START;
    TutorLifecycleChanged resigned =
        EventJson.read(
            Published.withEventIds(Topics.LIFECYCLE, List.of(eventId("lifecycle", lifecycleId)), 1)
                .get(0)
                .value(),
            TutorLifecycleChanged.class);
    assertThat(resigned.change()).isEqualTo(TutorLifecycleChanged.Change.RESIGNED);
    assertThat(resigned.source()).isEqualTo(DataSource.INGEST);
  }

  @Test
  void aMixedBatchPublishesOnlyItsValidItemsAndSaysExactlyWhatIsWrongWithTheOthers() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String studentId = id("S");
    store.tutor(tutorId);
    store.student(studentId);
    String good1 = id("SES");
    String badEngagement = id("SES");
    String unknownTutor = id("SES");
    String good2 = id("SES");
    long before = Published.count(Topics.SESSIONS);

    Map<?, ?> answer =
        batch(
            "sessions",
            List.of(
                session(good1, tutorId, studentId),
                with(session(badEngagement, tutorId, studentId), "engagement_score", 1.5),
                session(unknownTutor, "T-NOBODY", studentId),
                session(good2, tutorId, studentId),
                42));

    assertThat(answer.get("accepted")).isEqualTo(2);
    assertThat(answer.get("rejected")).isEqualTo(3);
    List<Object> results = list(answer.get("results"));
    assertThat(results)
        .extracting(r -> field(r, "status"))
        .containsExactly("accepted", "rejected", "rejected", "accepted", "rejected");
    assertThat(results)
        .extracting(r -> field(r, "id"))
        .containsExactly(good1, badEngagement, unknownTutor, good2, null);
    assertThat(errors(results.get(1)))
        .containsExactly(
            Map.of("field", "engagement_score", "message", "must be between 0.0 and 1.0"));
    assertThat(errors(results.get(2)))
        .containsExactly(
            Map.of(
                "field",
                "tutor_id",
                "message",
                "unknown tutor 'T-NOBODY'; send it to /api/ingest/tutors first"));
    assertThat(errors(results.get(4)))
        .containsExactly(Map.of("field", "$", "message", "must be a JSON object"));
    assertThat(((Map<?, ?>) results.get(0)).get("event_id")).isEqualTo(eventId("session", good1));
    assertThat(((Map<?, ?>) results.get(1)).get("event_id")).isNull();

    List<ConsumerRecord<String, byte[]>> published =
        Published.withEventIds(
            Topics.SESSIONS, List.of(eventId("session", good1), eventId("session", good2)), 2);
    assertThat(published).hasSize(2);
    assertThat(Published.count(Topics.SESSIONS)).isEqualTo(before + 2);
  }

  private static List<Object> errors(Object result) {
    return list(field(result, "errors"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object json) {
    return (List<Object>) json;
  }

  @Test
  void theSameSessionSentTwiceKeepsItsEventIdSoItIsCountedOnce() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String studentId = id("S");
    store.tutor(tutorId);
    store.student(studentId);
    String sessionId = id("SES");
    Map<String, Object> session = session(sessionId, tutorId, studentId);

    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      answers.add(
          post("sessions", session)
              .expectStatus()
              .isAccepted()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody()
              .get("event_id")
              .toString());
    }
    assertThat(answers).containsOnly(eventId("session", sessionId));
    List<ConsumerRecord<String, byte[]>> records =
        Published.withEventIds(Topics.SESSIONS, answers.subList(0, 1), 2);
    assertThat(records).extracting(Published::eventId).containsOnly(answers.get(0));
  }

  @Test
  void aRecordRepeatedWithinOneBatchIsRejectedAtItsRepeat() {
    String tutorId = id("T");
    Map<?, ?> answer = batch("tutors", List.of(tutor(tutorId), tutor(tutorId)));
    List<Object> results = list(answer.get("results"));
    assertThat(answer.get("accepted")).isEqualTo(1);
    assertThat(errors(results.get(1)))
        .containsExactly(
            Map.of("field", "tutor_id", "message", "repeats the record at index 0 of this batch"));
  }

  @Test
  void feedbackMustNameTheTutorAndStudentOfItsSession() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String otherTutor = id("T");
    String studentId = id("S");
    String sessionId = id("SES");
    store.tutor(tutorId);
    store.tutor(otherTutor);
    store.student(studentId);
    store.session(sessionId, tutorId, studentId);

    post("feedback", feedback(id("F"), sessionId, otherTutor, "S-SOMEONE-ELSE"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(2)
        .jsonPath("$.errors[0].field")
        .isEqualTo("tutor_id")
        .jsonPath("$.errors[1].field")
        .isEqualTo("student_id");
    post("feedback", feedback(id("F"), sessionId, tutorId, studentId)).expectStatus().isAccepted();
  }

  @Test
  void aThousandSessionsGoInOneRequestButNotOneMore() {
    StoredRecords store = new StoredRecords(db);
    String tutorId = id("T");
    String studentId = id("S");
    store.tutor(tutorId);
    store.student(studentId);
    List<Map<String, Object>> thousand = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      thousand.add(session(id("SES"), tutorId, studentId));
    }
    long before = Published.count(Topics.SESSIONS);

    Map<?, ?> answer = batch("sessions", thousand);

    assertThat(answer.get("accepted")).isEqualTo(1000);
    assertThat(Published.count(Topics.SESSIONS)).isEqualTo(before + 1000);

    List<Map<String, Object>> tooMany = new ArrayList<>(thousand);
    tooMany.add(session(id("SES"), tutorId, studentId));
    post("sessions", tooMany)
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("A batch holds at most 1000 records; this one has 1001");
    assertThat(Published.count(Topics.SESSIONS)).isEqualTo(before + 1000);
  }

  /**
   * The status a request declaring a body of {@code length} bytes gets before sending any of it (a
   * real client would get the same answer and a closed connection mid-upload).
   */
  private int statusForDeclaredBody(String path, long length) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Authorization: Bearer "
              + admin
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  @Test
  void theLargerBodyLimitIsTheIngestionApisAlone() throws Exception {
    assertThat(statusForDeclaredBody("/api/auth/login", 300 * 1024)).isEqualTo(413);
    assertThat(statusForDeclaredBody("/api/ingest/tutors", (4 << 20) + 1)).isEqualTo(413);
    // 300 KB reach the ingestion API, whose field rules then refuse the name.
    post("tutors", with(tutor(id("T")), "name", "x".repeat(300 * 1024)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("name");
  }

  @Test
  void malformedJsonAndBodiesThatAreNotRecordsAreBadRequests() {
    for (String body :
        List.of(
            "{not json",
            "42",
            "\"tutors\"",
            "null",
            "[]",
            "{\"a\":1} {}",
            "{\"tutor_id\":\"a\",\"tutor_id\":\"b\"}")) {
      post("tutors", body)
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(
              detail -> assertThat(detail.toString()).doesNotContain("Exception", "tools.jackson"));
    }
    web.post()
        .uri("/api/ingest/tutors")
        .headers(h -> h.setBearerAuth(admin))
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isEqualTo(415);
    post("tutors", "{\n  not json")
        .expectBody()
        .jsonPath("$.detail")
        .value(
            detail ->
                assertThat(detail.toString())
                    .matches("The request body is not valid JSON \\(line 2, column \\d+\\)"));
  }

  private static Object field(Object json, String name) {
    return ((Map<?, ?>) json).get(name);
  }
}
