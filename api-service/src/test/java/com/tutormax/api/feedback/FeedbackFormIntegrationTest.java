package com.tutormax.api.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.Topics;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Students rate a session through a single-use, expiring link bound to it; a child under 13 needs
 * recorded parental consent (COPPA) at the form and again where feedback is stored; a student reads
 * only the feedback they gave.
 */
@ServiceIntegrationTest
class FeedbackFormIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Answers to a first session's form (the only one that asks "work with them again?"). */
  private static final String ANSWERS =
      "{\"overall_rating\":4,\"subject_knowledge\":5,\"communication\":4,\"patience\":5,"
          + "\"engagement\":4,\"helpfulness\":4,\"would_recommend\":true,\"work_again\":\"YES\","
          + "\"improvement_areas\":[\"unclear\"],\"free_text\":\"Clear explanations\"}";

  private static final String LATER_ANSWERS = ANSWERS.replace(",\"work_again\":\"YES\"", "");

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;
  @Autowired EventPublisher publisher;

  private final String ops = TestTokens.forRoles("OPS_MANAGER");
  private final String admin = TestTokens.forRoles("ADMIN");

  @Test
  void aStudentRatesASessionOnceThroughTheLinkAndTheRatingIsStored() {
    Seeded s = seed(16, false, 1, false);
    JsonNode issued = issue(ops, s.session, null, HttpStatus.CREATED);
    String token = issued.get("token").stringValue();
    assertThat(issued.get("form_path").stringValue()).isEqualTo("/api/feedback/forms/" + token);

    JsonNode form = json(call("GET", "/api/feedback/forms/" + token, null, null), HttpStatus.OK);
    assertThat(form.get("subject").stringValue()).isEqualTo("math");
    assertThat(form.get("first_session").booleanValue()).isTrue();
    assertThat(form.toString()).doesNotContain(s.student).doesNotContain(s.tutor);

    // Invalid answers: every field error at once, and the link is still usable.
    JsonNode invalid =
        json(
            submit(token, "{\"overall_rating\":9,\"patience\":\"x\",\"student_id\":\"S-other\"}"),
            HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(invalid.get("errors").toString())
        .contains("overall_rating", "patience", "student_id", "communication", "work_again");

    JsonNode submitted = json(submit(token, ANSWERS), HttpStatus.CREATED);
    String feedbackId = submitted.get("feedback_id").stringValue();
    await().atMost(WAIT).until(() -> feedbackFor(s.session) == 1);
    Map<String, Object> row =
        db.sql(
                "SELECT session_id, tutor_id, student_id, overall_rating, first_session,"
                    + " work_again, source FROM feedback WHERE feedback_id = :id")
            .bind("id", feedbackId)
            .fetch()
            .one()
            .block();
    assertThat(row)
        .containsEntry("session_id", s.session)
        .containsEntry("tutor_id", s.tutor)
        .containsEntry("student_id", s.student)
        .containsEntry("overall_rating", (short) 4)
        .containsEntry("first_session", true)
        .containsEntry("work_again", "YES")
        .containsEntry("source", "INGEST");

    // Used: the form and a second submission are refused, and the session takes no new link.
    assertThat(call("GET", "/api/feedback/forms/" + token, null, null).getStatus())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(submit(token, ANSWERS).getStatus()).isEqualTo(HttpStatus.CONFLICT);
    issue(ops, s.session, null, HttpStatus.CONFLICT);
    assertThat(audit("FEEDBACK_LINK_ISSUED", s.session)).isEqualTo(1);
    assertThat(audit("FEEDBACK_SUBMITTED", s.session)).isEqualTo(1);
  }

  @Test
  void expiredReplacedAndUnknownLinksAreRefused() {
    Seeded s = seed(16, false, 2, false);
    String first = issue(ops, s.session, 1, HttpStatus.CREATED).get("token").stringValue();
    String second = issue(admin, s.session, 1, HttpStatus.CREATED).get("token").stringValue();
    assertThat(submit(first, LATER_ANSWERS).getStatus()).isEqualTo(HttpStatus.GONE);

    db.sql(
            "UPDATE feedback_tokens SET expires_at = now() - interval '1 second'"
                + " WHERE session_id = :s AND revoked_at IS NULL")
        .bind("s", s.session)
        .then()
        .block();
    EntityExchangeResult<byte[]> expired = submit(second, LATER_ANSWERS);
    assertThat(expired.getStatus()).isEqualTo(HttpStatus.GONE);
    assertThat(new String(expired.getResponseBodyContent())).contains("expired");

    assertThat(submit("no-such-link", LATER_ANSWERS).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(feedbackFor(s.session)).isZero();
  }

  @Test
  void linksAreForHeldSessionsIssuedByStaffWithinTheMaximumValidity() {
    Seeded noShow = seed(16, false, 1, true);
    issue(ops, noShow.session, null, HttpStatus.CONFLICT);
    issue(ops, "no-such-session", null, HttpStatus.NOT_FOUND);
    Seeded s = seed(16, false, 1, false);
    issue(ops, s.session, 24 * 31, HttpStatus.UNPROCESSABLE_CONTENT);
    for (String role : List.of("PEOPLE_OPS", "TUTOR", "STUDENT")) {
      issue(TestTokens.forRoles(role), s.session, null, HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void aChildUnder13NeedsRecordedParentalConsentBeforeFeedbackIsTaken() {
    Seeded s = seed(11, false, 1, false);
    String token = issue(ops, s.session, null, HttpStatus.CREATED).get("token").stringValue();

    EntityExchangeResult<byte[]> refused = submit(token, ANSWERS);
    assertThat(refused.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new String(refused.getResponseBodyContent())).contains("consent");
    assertThat(call("GET", "/api/feedback/forms/" + token, null, null).getStatus())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(audit("FEEDBACK_REFUSED", s.session)).isEqualTo(2);

    // Staff record the parent's consent (audited); the same link now works.
    String consent = "{\"parental_consent\":true}";
    assertThat(call("PUT", "/api/students/" + s.student + "/consent", ops, consent).getStatus())
        .isEqualTo(HttpStatus.OK);
    assertThat(audit("STUDENT_CONSENT_RECORDED", s.student)).isEqualTo(1);
    for (String role : List.of("PEOPLE_OPS", "TUTOR", "STUDENT")) {
      assertThat(
              call(
                      "PUT",
                      "/api/students/" + s.student + "/consent",
                      TestTokens.forRoles(role),
                      consent)
                  .getStatus())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(submit(token, ANSWERS).getStatus()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void feedbackOfAChildWithoutConsentIsNotStoredFromAnySource() {
    Seeded s = seed(9, false, 1, false);
    String feedbackId = "FB-" + UUID.randomUUID();
    FeedbackSubmitted event =
        new FeedbackSubmitted(
            feedbackId,
            s.session,
            s.tutor,
            s.student,
            5,
            5,
            5,
            5,
            5,
            5,
            true,
            true,
            FeedbackSubmitted.WorkAgain.YES,
            List.of(),
            null,
            Instant.now(),
            DataSource.INGEST);
    publisher.publish(event, UUID.randomUUID()).block(WAIT);

    ConsumerRecord<String, byte[]> dead =
        TopicProbe.await(Topics.deadLetter(Topics.FEEDBACK), WAIT, r -> s.tutor.equals(r.key()));
    assertThat(EventRecords.header(dead.headers(), EventHeaders.DLT_REASON))
        .hasValueSatisfying(reason -> assertThat(reason).contains("COPPA"));
    assertThat(feedbackFor(s.session)).isZero();
  }

  @Test
  void twoSubmissionsRacingForOneLinkStoreOneRating() throws Exception {
    Seeded s = seed(16, false, 3, false);
    String token = issue(ops, s.session, null, HttpStatus.CREATED).get("token").stringValue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<HttpStatus> attempt =
          () -> HttpStatus.valueOf(submit(token, LATER_ANSWERS).getStatus().value());
      List<Future<HttpStatus>> results =
          pool.invokeAll(List.of(attempt, attempt, attempt, attempt));
      List<HttpStatus> statuses = results.stream().map(FeedbackFormIntegrationTest::get).toList();
      assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
      assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThat(audit("FEEDBACK_SUBMITTED", s.session)).isEqualTo(1);
    await().atMost(WAIT).until(() -> feedbackFor(s.session) == 1);
  }

  @Test
  void aStudentReadsOnlyTheFeedbackTheyGave() {
    Seeded mine = seed(16, false, 1, false);
    Seeded theirs = seed(16, false, 1, false);
    for (Seeded s : List.of(mine, theirs)) {
      String token = issue(ops, s.session, null, HttpStatus.CREATED).get("token").stringValue();
      assertThat(submit(token, ANSWERS).getStatus()).isEqualTo(HttpStatus.CREATED);
    }
    await().atMost(WAIT).until(() -> feedbackFor(mine.session) + feedbackFor(theirs.session) == 2);
    String student = TestTokens.forStudent(mine.student);
    JsonNode all = json(call("GET", "/api/feedback?size=100", student, null), HttpStatus.OK);
    assertThat(all.get("total").asLong()).isEqualTo(1);
    assertThat(all.get("items").get(0).get("sessionId").stringValue()).isEqualTo(mine.session);
    JsonNode filtered =
        json(call("GET", "/api/feedback?tutor_id=" + theirs.tutor, student, null), HttpStatus.OK);
    assertThat(filtered.get("total").asLong()).isZero();
    for (String other : List.of("/api/sessions", "/api/tutors", "/api/students/" + mine.student)) {
      assertThat(call("GET", other, student, null).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // A student account linked to no student record sees nothing.
    assertThat(call("GET", "/api/feedback", TestTokens.forRoles("STUDENT"), null).getStatus())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** A tutor, a student of {@code age} and one session of theirs, stored as the consumers would. */
  private record Seeded(String tutor, String student, String session) {}

  private Seeded seed(int age, boolean consent, int sessionNumber, boolean noShow) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Seeded s = new Seeded("T-" + suffix, "ST-" + suffix, "S-" + suffix);
    db.sql(
            "INSERT INTO tutors (tutor_id, name, email, subjects, subject_family,"
                + " baseline_sessions_per_week, joined_at, source) VALUES (:id, 'Form Tutor',"
                + " 'form@example.org', ARRAY['math'], 'STEM', 12, now() - interval '90 days', 'INGEST')")
        .bind("id", s.tutor)
        .then()
        .block();
    db.sql(
            "INSERT INTO students (student_id, name_enc, age, grade_level, parental_consent,"
                + " registered_at, source) VALUES (:id, '\\x00'::bytea, :age, '6', :consent,"
                + " now() - interval '60 days', 'INGEST')")
        .bind("id", s.student)
        .bind("age", age)
        .bind("consent", consent)
        .then()
        .block();
    db.sql(
            "INSERT INTO sessions (session_id, tutor_id, student_id, session_number,"
                + " scheduled_start, actual_start, duration_minutes, subject, session_type,"
                + " tutor_rescheduled, student_rescheduled, no_show, late_start_minutes,"
                + " engagement_score, learning_objectives_met, technical_issues, source) VALUES"
                + " (:id, :tutor, :student, :number, now() - interval '2 hours',"
                + " now() - interval '2 hours', 60, 'math', 'ONE_ON_ONE', false, false, :noShow, 0,"
                + " 0.8, true, false, 'INGEST')")
        .bind("id", s.session)
        .bind("tutor", s.tutor)
        .bind("student", s.student)
        .bind("number", sessionNumber)
        .bind("noShow", noShow)
        .then()
        .block();
    return s;
  }

  private JsonNode issue(String token, String session, Integer hours, HttpStatus expected) {
    String body =
        "{\"session_id\":\""
            + session
            + "\""
            + (hours == null ? "" : ",\"valid_for_hours\":" + hours)
            + "}";
    return json(call("POST", "/api/feedback/tokens", token, body), expected);
  }

  private EntityExchangeResult<byte[]> submit(String link, String answers) {
    return call("POST", "/api/feedback/forms/" + link, null, answers);
  }

  private EntityExchangeResult<byte[]> call(String method, String uri, String bearer, String body) {
    WebTestClient.RequestBodySpec request =
        web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
    if (bearer != null) {
      request.headers(h -> h.setBearerAuth(bearer));
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }
    return request.exchange().expectBody().returnResult();
  }

  private static JsonNode json(EntityExchangeResult<byte[]> result, HttpStatus expected) {
    byte[] body = result.getResponseBodyContent();
    assertThat(result.getStatus())
        .as(result.getUrl() + ": " + (body == null ? "" : new String(body)))
        .isEqualTo(expected);
    return body == null ? JSON.createObjectNode() : JSON.readTree(body);
  }

  private long feedbackFor(String session) {
    return db.sql("SELECT count(*) AS n FROM feedback WHERE session_id = :s")
        .bind("s", session)
        .map(r -> r.get("n", Long.class))
        .one()
        .block();
  }

  private long audit(String action, String target) {
    return db.sql("SELECT count(*) AS n FROM audit_log WHERE action = :a AND target_id = :t")
        .bind("a", action)
        .bind("t", target)
        .map(r -> r.get("n", Long.class))
        .one()
        .block();
  }

  private static HttpStatus get(Future<HttpStatus> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
