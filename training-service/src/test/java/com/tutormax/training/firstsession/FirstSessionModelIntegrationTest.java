package com.tutormax.training.firstsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import com.tutormax.training.TrainingApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first-session model end to end: tutors, their closed days, students, sessions and feedback
 * through Kafka with a planted signal (a first session goes badly with a weak tutor — low ratings
 * in their history — or a student under 13, a few flipped); a run trains the model from training's
 * own intake, reports it in the run summary, stores it with its coefficients (which point the
 * planted way) and serves it on the API; the promoted model is announced to churn with exactly the
 * stored coefficients (once); a second run on the same data does not replace it nor announce.
 */
@ServiceIntegrationTest
class FirstSessionModelIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int TUTORS = 12;
  private static final int STUDENTS = 40;
  private static final int SESSION_DAYS = 30;

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate joined = today.minusDays(60);

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  @Test
  void aRunTrainsStoresAndReportsTheFirstSessionModel() {
    int[] planted = publishHistory();
    int rows = planted[0];
    int poor = planted[1];

    JsonNode first = training().runToCompletion();
    assertThat(first.path("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
    JsonNode outcome = JSON.readTree(first.path("summary").asString()).path("firstSession");
    assertThat(outcome.path("outcome").asString())
        .as(outcome.toString())
        .isIn("PROMOTED", "NOT_PROMOTED");
    assertThat(outcome.path("rows").asInt()).isEqualTo(rows);
    assertThat(outcome.path("positives").asInt()).isEqualTo(poor);
    assertThat(outcome.path("testAuc").asDouble()).as(outcome.toString()).isGreaterThan(0.75);
    assertThat(outcome.has("precision")).isTrue();
    assertThat(outcome.path("recall").asDouble()).isBetween(0.0, 1.0);
    String modelId = outcome.path("modelId").asString();
    assertThat(modelId).startsWith("first-session-");

    JsonNode listed = get("/api/training/first-session-models?limit=20", "OPS_MANAGER");
    JsonNode model = null;
    for (JsonNode m : listed) {
      if (modelId.equals(m.path("modelId").asString())) {
        model = m;
      }
    }
    assertThat(model).as(listed.toString()).isNotNull();
    assertThat(model.path("testAuc").asDouble()).isEqualTo(outcome.path("testAuc").asDouble());
    Map<String, Double> coefficients = new HashMap<>();
    for (JsonNode c : model.path("model").path("coefficients")) {
      coefficients.put(c.path("feature").asString(), c.path("coefficient").asDouble());
      assertThat(c.path("std").asDouble()).isPositive();
    }
    assertThat(coefficients.keySet())
        .containsExactlyInAnyOrderElementsOf(FirstSessionFeatures.NAMES);
    assertThat(model.path("model").has("intercept")).isTrue();
    // The planted signal: younger students and tutors with poor ratings do worse.
    assertThat(coefficients.get("student_under_13")).as(coefficients.toString()).isPositive();
    assertThat(coefficients.get("rating_avg_30d")).as(coefficients.toString()).isNegative();
    JsonNode metrics = model.path("metrics");
    assertThat(
            metrics.path("train").path("rows").asInt()
                + metrics.path("validation").path("rows").asInt()
                + metrics.path("test").path("rows").asInt())
        .isEqualTo(rows);
    assertThat(metrics.path("threshold").asDouble()).isEqualTo(0.5);
    assertThat(model.path("params").path("booster").asString()).isEqualTo("gblinear");
    assertThat(model.path("dataThrough").asString()).isEqualTo(today.minusDays(1).toString());

    JsonNode promoted = get("/api/training/first-session-model", "ADMIN");
    assertThat(promoted.path("status").asString()).isEqualTo("CHAMPION");
    assertThat(promoted.path("promotedBy").asString()).startsWith("run:");
    String promotedId = promoted.path("modelId").asString();

    // Same data, same seed: the new model does not beat the promoted one on the same rows.
    JsonNode second = training().runToCompletion();
    JsonNode again = JSON.readTree(second.path("summary").asString()).path("firstSession");
    assertThat(again.path("outcome").asString()).as(again.toString()).isEqualTo("NOT_PROMOTED");
    assertThat(get("/api/training/first-session-model", "OPS_MANAGER").path("modelId").asString())
        .isEqualTo(promotedId);
    // Announced once, the promoted model itself: churn serves what training stored.
    ConsumerRecord<String, byte[]> announced =
        TopicProbe.await(
            Topics.FIRST_SESSION_MODELS,
            WAIT,
            r ->
                EventJson.read(r.value(), FirstSessionModelPromoted.class)
                    .modelId()
                    .equals(promotedId));
    FirstSessionModelPromoted event =
        EventJson.read(announced.value(), FirstSessionModelPromoted.class);
    JsonNode announcedModel = JSON.valueToTree(event.model());
    assertThat(announcedModel).isEqualTo(promoted.path("model"));
    assertThat(event.metrics().get("aucRoc")).isEqualTo(outcome.path("testAuc").asDouble());
    assertThat(count("SELECT count(*) FROM outbox WHERE payload LIKE '%first-session-%'"))
        .isEqualTo(1);
  }

  /**
   * 12 tutors (every third weak: their closed days rate them 2), 40 students (every fourth 10 years
   * old, the others 15), one first session per tutor a day over the last 30 days, each rated; and
   * second sessions, which the intake ignores. Returns the first sessions and the poorly rated.
   */
  private int[] publishHistory() {
    List<TutorMaxEvent> events = new ArrayList<>();
    for (int s = 0; s < STUDENTS; s++) {
      int age = s % 4 == 0 ? 10 : 15;
      events.add(
          new StudentRegistered(
              "FST-" + s,
              "Student " + s,
              age,
              age < 13 ? "5" : "10",
              age < 13,
              joined.atStartOfDay(ZoneOffset.UTC).toInstant(),
              DataSource.SYNTHETIC));
    }
    int firstSessions = 0;
    int poor = 0;
    String[] subjects = {"algebra", "writing", "sat"};
    for (int t = 0; t < TUTORS; t++) {
      String tutor = "FS-" + t;
      boolean weak = t % 3 == 0;
      events.add(
          new TutorRegistered(
              tutor,
              "Tutor " + t,
              "fs" + t + "@example.org",
              List.of("algebra"),
              "STEM",
              10,
              joined.atStartOfDay(ZoneOffset.UTC).toInstant(),
              DataSource.SYNTHETIC));
      for (LocalDate d = joined; d.isBefore(today); d = d.plusDays(1)) {
        events.add(day(tutor, d, weak ? 2 : 5));
      }
      for (int k = 0; k < SESSION_DAYS; k++) {
        LocalDate d = today.minusDays(SESSION_DAYS - k);
        int student = (k * 7 + t * 3) % STUDENTS;
        boolean young = student % 4 == 0;
        boolean bad = (weak || young) != ((k + t) % 11 == 0);
        Instant start = d.atTime(8 + (t + k) % 12, 0).toInstant(ZoneOffset.UTC);
        String sessionId = "FSS-" + t + "-" + k;
        String subject = subjects[(t + k) % 3];
        events.add(session(sessionId, tutor, "FST-" + student, 1, start, subject));
        events.add(feedback(sessionId, tutor, "FST-" + student, bad ? 2 : 4, true, start));
        events.add(
            session(
                sessionId + "-2", tutor, "FST-" + student, 2, start.plusSeconds(7200), subject));
        events.add(
            feedback(sessionId + "-2", tutor, "FST-" + student, 1, false, start.plusSeconds(7200)));
        firstSessions++;
        poor += bad ? 1 : 0;
      }
    }
    List<CompletableFuture<?>> sends = new ArrayList<>();
    events.forEach(e -> sends.add(publisher.send(e, UUID.randomUUID())));
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    long days = events.stream().filter(TutorDayClosed.class::isInstance).count();
    int expected = firstSessions;
    await()
        .atMost(WAIT)
        .until(
            () ->
                count("SELECT count(*) FROM first_sessions WHERE tutor_id LIKE 'FS-%'") == expected
                    && count(
                            "SELECT count(*) FROM first_session_ratings WHERE session_id LIKE 'FSS-%'")
                        == expected
                    && count("SELECT count(*) FROM students WHERE student_id LIKE 'FST-%'")
                        == STUDENTS
                    && count("SELECT count(*) FROM closed_days WHERE tutor_id LIKE 'FS-%'") == days
                    && count("SELECT count(*) FROM tutors WHERE tutor_id LIKE 'FS-%'") == TUTORS);
    return new int[] {firstSessions, poor};
  }

  private static SessionRecorded session(
      String sessionId, String tutor, String student, int number, Instant start, String subject) {
    return new SessionRecorded(
        sessionId,
        tutor,
        student,
        number,
        start,
        start,
        60,
        subject,
        SessionRecorded.SessionType.ONE_ON_ONE,
        false,
        false,
        null,
        null,
        false,
        0,
        0.8,
        true,
        false,
        DataSource.SYNTHETIC);
  }

  private static FeedbackSubmitted feedback(
      String sessionId,
      String tutor,
      String student,
      int rating,
      boolean firstSession,
      Instant start) {
    return new FeedbackSubmitted(
        "FSF-" + sessionId,
        sessionId,
        tutor,
        student,
        rating,
        rating,
        rating,
        rating,
        rating,
        rating,
        rating >= 3,
        firstSession,
        firstSession
            ? (rating >= 3 ? FeedbackSubmitted.WorkAgain.YES : FeedbackSubmitted.WorkAgain.NO)
            : null,
        List.of(),
        null,
        start.plusSeconds(5400),
        DataSource.SYNTHETIC);
  }

  /** A closed day of two held sessions rated {@code rating}. */
  private static TutorDayClosed day(String tutor, LocalDate d, int rating) {
    return new TutorDayClosed(
        tutor,
        d,
        2,
        2,
        0,
        0,
        0,
        0,
        0,
        0,
        2,
        2 * rating,
        rating >= 4 ? 1.8 : 0.8,
        2,
        0,
        2,
        0,
        0.0,
        0,
        0.0,
        0,
        d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        List.of(),
        List.of("algebra"),
        0,
        0,
        0);
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get(0, Long.class)).one().block(WAIT);
  }

  private TrainingApi training() {
    return new TrainingApi(web, WAIT);
  }

  private JsonNode get(String uri, String role) {
    return training().get(uri, TestTokens.forRoles(role));
  }
}
