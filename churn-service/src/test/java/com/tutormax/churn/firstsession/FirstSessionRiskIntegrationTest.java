package com.tutormax.churn.firstsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.churn.scoring.TestTutors;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded.SessionType;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.LogisticModel;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * First-session risk before the session (issue 7, item 7), with a model built here as training
 * would announce it: a booking is assessed with the shared feature function (the probability is the
 * one computed here from the same days), a risky session still ahead gets exactly one A5
 * preparation reminder (also when its booking is delivered twice, or sent again), a safe one and a
 * past one none; a booking before any model is kept unassessed until a model arrives.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstSessionRiskIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TUTOR = "FIRST-A";

  private final LocalDate joined = LocalDate.now(ZoneOffset.UTC).minusDays(60);
  private final List<TutorDayClosed> days = ClosedDays.steady(TUTOR, joined, 40);
  private final Instant tomorrow =
      Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  /** Only the student's age matters: age 18 gives margin +4 (p 0.98), age 10 gives −4 (p 0.02). */
  private final LogisticModel model = model();

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;

  private static LogisticModel model() {
    List<LogisticModel.Coefficient> coefficients = new ArrayList<>();
    for (String name : FirstSessionFeatures.NAMES) {
      boolean age = name.equals(FirstSessionFeatures.STUDENT_AGE);
      coefficients.add(new LogisticModel.Coefficient(name, age ? 2 : 0, age ? 14 : 0, age ? 2 : 1));
    }
    return new LogisticModel(0, coefficients);
  }

  private void publish(TutorMaxEvent event) {
    publisher.publish(event, UUID.randomUUID()).block(WAIT);
  }

  private SessionBooked booking(String sessionId, Instant start, int studentAge) {
    return new SessionBooked(
        sessionId,
        TUTOR,
        "STUDENT-" + sessionId,
        1,
        start,
        60,
        "algebra",
        SessionType.ONE_ON_ONE,
        studentAge,
        earliest(start.minus(6, ChronoUnit.HOURS), Instant.now().minusSeconds(60)),
        DataSource.SYNTHETIC);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private JsonNode get(String path) {
    byte[] body =
        web.get()
            .uri(path)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return body == null ? JSON.createArrayNode() : JSON.readTree(body);
  }

  private JsonNode risk(String sessionId) {
    for (JsonNode r : get("/api/churn/tutors/" + TUTOR + "/first-sessions")) {
      if (sessionId.equals(r.path("sessionId").asString())) {
        return r;
      }
    }
    return null;
  }

  private long reminders() {
    long n = 0;
    for (JsonNode r : get("/api/churn/tutors/" + TUTOR + "/recommendations")) {
      if ("A5_FIRST_SESSION_PREP".equals(r.path("interventionType").asString())) {
        n++;
      }
    }
    return n;
  }

  @Test
  @Order(1)
  void aBookingBeforeAnyModelIsKeptUnassessed() {
    publish(TestTutors.registered(TUTOR, joined));
    days.forEach(this::publish);
    publish(booking("FS-EARLY", tomorrow, 18));

    await().atMost(WAIT).until(() -> risk("FS-EARLY") != null);
    JsonNode early = risk("FS-EARLY");
    assertThat(early.path("probability").isNull()).isTrue();
    assertThat(early.path("reminded").asBoolean()).isFalse();
    web.get()
        .uri("/api/churn/first-session-model")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  @Order(2)
  void aRiskySessionAheadGetsOnePreparationReminderWithTheTrainingProbability() {
    publish(
        new FirstSessionModelPromoted(
            "first-session-test", "test", model, Map.of("aucRoc", 0.7), Instant.now()));
    await()
        .atMost(WAIT)
        .until(
            () ->
                "first-session-test"
                    .equals(get("/api/churn/first-session-model").path("modelId").asString()));
    // The closed days arrive on their own topic: wait until churn has them all.
    await()
        .atMost(WAIT)
        .until(
            () ->
                joined
                    .plusDays(40)
                    .toString()
                    .equals(get("/api/churn/tutors/" + TUTOR).path("asOfDay").asString()));

    SessionBooked risky = booking("FS-RISKY", tomorrow, 18);
    UUID eventId = UUID.randomUUID();
    publisher.publish(risky, eventId).block(WAIT);
    publisher.publish(risky, eventId).block(WAIT);
    publish(risky);
    publish(booking("FS-SAFE", tomorrow.plus(1, ChronoUnit.HOURS), 10));
    publish(booking("FS-PAST", Instant.now().minus(2, ChronoUnit.DAYS), 18));

    await()
        .atMost(WAIT)
        .until(
            () -> risk("FS-RISKY") != null && risk("FS-SAFE") != null && risk("FS-PAST") != null);
    double expected =
        model.probability(
            FirstSessionFeatures.of(
                new TutorProfile(TUTOR, joined, 5), days, tomorrow, "algebra", 18));
    JsonNode r = risk("FS-RISKY");
    assertThat(r.path("probability").asDouble()).isEqualTo(expected).isGreaterThan(0.5);
    assertThat(r.path("modelId").asString()).isEqualTo("first-session-test");
    assertThat(r.path("reminded").asBoolean()).isTrue();
    assertThat(r.path("factors").get(0).asString()).isEqualTo("Student age: 18 (raises risk)");
    assertThat(risk("FS-SAFE").path("probability").asDouble()).isLessThan(0.5);
    assertThat(risk("FS-SAFE").path("reminded").asBoolean()).isFalse();
    assertThat(risk("FS-PAST").path("probability").asDouble()).isGreaterThan(0.5);
    assertThat(risk("FS-PAST").path("reminded").asBoolean()).isFalse();
    // Booked before the model, still ahead: assessed when the model came.
    assertThat(risk("FS-EARLY").path("probability").asDouble()).isEqualTo(expected);
    assertThat(risk("FS-EARLY").path("reminded").asBoolean()).isTrue();
    JsonNode ahead = get("/api/churn/first-sessions?limit=10");
    List<String> aheadIds = new ArrayList<>();
    ahead.forEach(a -> aheadIds.add(a.path("sessionId").asString()));
    assertThat(aheadIds).contains("FS-RISKY", "FS-EARLY", "FS-SAFE").doesNotContain("FS-PAST");
    assertThat(ahead.get(0).path("probability").asDouble()).isGreaterThan(0.5);
    JsonNode sinceThreeDaysAgo =
        get("/api/churn/first-sessions?limit=10&from=" + Instant.now().minus(3, ChronoUnit.DAYS));
    assertThat(sinceThreeDaysAgo.size()).isEqualTo(ahead.size() + 1);

    InterventionRecommended event =
        EventJson.read(
            TopicProbe.await(
                    Topics.INTERVENTION_RECOMMENDATIONS,
                    WAIT,
                    rec ->
                        TUTOR.equals(rec.key())
                            && EventJson.read(rec.value(), InterventionRecommended.class)
                                .interventionType()
                                .equals("A5_FIRST_SESSION_PREP"))
                .value(),
            InterventionRecommended.class);
    assertThat(event.automated()).isTrue();
    assertThat(event.reason()).contains("98% risk of a rating below 3").contains("algebra");
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> reminders() == 2);
  }

  /** Many risky bookings at once: one reminder each (a fleet's morning, in one batch). */
  @Test
  @Order(3)
  void aBatchOfRiskyBookingsGetsOneReminderEach() {
    List<CompletableFuture<?>> sends = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sends.add(
          publisher.send(
              booking("FS-MANY-" + i, tomorrow.plus(i, ChronoUnit.MINUTES), 18),
              UUID.randomUUID()));
    }
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    await().atMost(WAIT).until(() -> reminders() == 62);
  }
}
