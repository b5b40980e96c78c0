package com.tutormax.churn.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.churn.scoring.TestTutors;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intervention rules on hand-built tutors through Kafka, days closed through yesterday: a
 * reschedule pattern raises one A4 alert and only one; a tutor critical for over a week gets H1, H3
 * and H4 tasks due within 24 hours.
 */
@ServiceIntegrationTest
class InterventionEngineIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate joined = today.minusDays(40);

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;

  private void publish(List<? extends TutorMaxEvent> events) {
    for (TutorMaxEvent e : events) {
      publisher.publish(e).block(WAIT);
    }
  }

  private TutorRegistered registered(String tutorId) {
    return TestTutors.registered(tutorId, joined);
  }

  private JsonNode recommendations(String tutorId) {
    byte[] body =
        web.get()
            .uri("/api/churn/tutors/" + tutorId + "/recommendations")
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("PEOPLE_OPS")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(body);
  }

  private static List<String> types(JsonNode recommendations) {
    List<String> types = new ArrayList<>();
    recommendations.forEach(r -> types.add(r.path("interventionType").asString()));
    return types;
  }

  @Test
  void threeLateNoticeReschedulesInAWeekRaiseTheFlagAndOneA4Alert() {
    String tutor = "INT-RESCHEDULE";
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = joined; d.isBefore(today); d = d.plusDays(1)) {
      ClosedDays day = ClosedDays.of(tutor, d).held(1, 5);
      if (d.equals(today.minusDays(3))) {
        day.shortNoticeReschedules(3);
      }
      days.add(day.build());
    }
    publish(List.of(registered(tutor)));
    publish(days);

    await().atMost(WAIT).until(() -> types(recommendations(tutor)).contains("A4_RESCHEDULE_ALERT"));
    JsonNode prediction = prediction(tutor);
    assertThat(prediction.path("flags").toString()).contains("high_reschedule");

    // Re-scored again (the daily batch): still one alert for the one pattern.
    web.post()
        .uri("/api/churn/rescore")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isAccepted();
    Instant scored = Instant.parse(prediction.path("scoredAt").asString());
    await()
        .atMost(WAIT)
        .until(() -> Instant.parse(prediction(tutor).path("scoredAt").asString()).isAfter(scored));
    assertThat(types(recommendations(tutor)).stream().filter("A4_RESCHEDULE_ALERT"::equals))
        .hasSize(1);

    InterventionRecommended event =
        EventJson.read(
            TopicProbe.await(Topics.INTERVENTION_RECOMMENDATIONS, WAIT, r -> tutor.equals(r.key()))
                .value(),
            InterventionRecommended.class);
    assertThat(event.interventionType()).isEqualTo("A4_RESCHEDULE_ALERT");
    assertThat(event.automated()).isTrue();
    assertThat(event.dueAt()).isNull();
    assertThat(event.reason()).isNotBlank();
    assertThat(event.priority()).isNotNull();
  }

  @Test
  void aTutorCriticalForOverAWeekGetsH1H3AndH4DueWithin24Hours() {
    String tutor = "INT-CRITICAL";
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = joined; d.isBefore(today); d = d.plusDays(1)) {
      boolean bad = !d.isBefore(today.minusDays(12));
      days.add(
          (bad
                  ? ClosedDays.of(tutor, d).noShow().shortNoticeReschedules(1)
                  : ClosedDays.of(tutor, d).held(1, 5))
              .build());
    }
    publish(List.of(registered(tutor)));
    publish(days);

    await()
        .atMost(WAIT)
        .until(
            () ->
                types(recommendations(tutor))
                    .containsAll(
                        List.of(
                            "H1_MANAGER_COACHING",
                            "H3_PERFORMANCE_PLAN",
                            "H4_RETENTION_INTERVIEW")));
    assertThat(prediction(tutor).path("riskLevel").asString()).isEqualTo("CRITICAL");
    JsonNode all = recommendations(tutor);
    assertThat(types(all)).containsOnlyOnce("H1_MANAGER_COACHING", "H3_PERFORMANCE_PLAN");
    all.forEach(
        r -> {
          if (r.path("interventionType").asString().startsWith("H")) {
            Instant at = Instant.parse(r.path("recommendedAt").asString());
            assertThat(Instant.parse(r.path("dueAt").asString()))
                .isEqualTo(at.plus(Duration.ofHours(24)));
            assertThat(r.path("priority").asString()).isEqualTo("URGENT");
            assertThat(r.path("automated").asBoolean()).isFalse();
          }
        });
  }

  private JsonNode prediction(String tutorId) {
    byte[] body =
        web.get()
            .uri("/api/churn/tutors/" + tutorId)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(body);
  }
}
