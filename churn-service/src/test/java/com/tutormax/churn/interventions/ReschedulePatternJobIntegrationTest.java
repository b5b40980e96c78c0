package com.tutormax.churn.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.churn.scoring.TestTutors;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduler's {@code reschedule-pattern-alerts} on real infrastructure: it re-scores the tutors
 * whose reschedule pattern runs (and no one else) though nothing new arrived for them, gives the
 * escalation to a manager review a 14-day pattern is due, and no second A4 for the same pattern.
 */
@ServiceIntegrationTest
class ReschedulePatternJobIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final LocalDate joined = today.minusDays(40);

  @Autowired EventPublisher publisher;
  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;
  @Autowired List<ScheduledJob> jobs;

  @Test
  void tutorsWithARunningPatternAreRecheckedAndEscalatedAfter14Days() {
    String patterned = "JOB-RESCHEDULE";
    String steady = "JOB-STEADY";
    List<TutorDayClosed> days = new ArrayList<>();
    for (LocalDate d = joined; d.isBefore(today); d = d.plusDays(1)) {
      ClosedDays day = ClosedDays.of(patterned, d).held(1, 5);
      // Late-notice reschedules every 5 days from 20 days ago: the pattern holds every day since.
      long ago = d.until(today).getDays();
      if (ago <= 20 && ago % 5 == 0) {
        day.shortNoticeReschedules(3);
      }
      days.add(day.build());
      days.add(ClosedDays.of(steady, d).held(1, 5).build());
    }
    publish(
        List.of(TestTutors.registered(patterned, joined), TestTutors.registered(steady, joined)));
    publish(days);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(types(patterned))
                  .as("%s", prediction(patterned))
                  .contains("A4_RESCHEDULE_ALERT", "H1_MANAGER_COACHING");
              assertThat(prediction(steady).path("asOfDay").asString())
                  .isEqualTo(today.toString()); // as of the end of yesterday
            });

    // As if the last re-score had come a day before the pattern reached 14 days: no review yet.
    db.sql(
            "DELETE FROM recommendations WHERE tutor_id = :t"
                + " AND intervention_type = 'H1_MANAGER_COACHING'")
        .bind("t", patterned)
        .then()
        .block(WAIT);
    db.sql(
            "DELETE FROM intervention_log WHERE tutor_id = :t"
                + " AND intervention_type = 'H1_MANAGER_COACHING'")
        .bind("t", patterned)
        .then()
        .block(WAIT);
    Instant patternedScored = scoredAt(patterned);
    Instant steadyScored = scoredAt(steady);

    Map<String, Long> counts = job().run(Map.of()).block(WAIT);

    assertThat(counts.get("tutorsChecked")).isGreaterThanOrEqualTo(1);
    assertThat(counts.get("escalations")).isGreaterThanOrEqualTo(1);
    assertThat(scoredAt(patterned)).isAfter(patternedScored);
    assertThat(scoredAt(steady)).isEqualTo(steadyScored);
    JsonNode recommendations = recommendations(patterned);
    List<String> reasons = new ArrayList<>();
    recommendations.forEach(
        r -> {
          if ("H1_MANAGER_COACHING".equals(r.path("interventionType").asString())) {
            reasons.add(r.path("reason").asString());
          }
        });
    assertThat(reasons).singleElement().asString().startsWith("Reschedule pattern for 2");
    assertThat(types(patterned).stream().filter("A4_RESCHEDULE_ALERT"::equals)).hasSize(1);

    // Run again: the review is open, the alert given; nothing new.
    Map<String, Long> again = job().run(Map.of()).block(WAIT);
    assertThat(again.get("escalations")).isZero();
    assertThat(again.get("alerts")).isZero();
    assertThat(types(patterned)).hasSize(recommendations.size());
  }

  private ScheduledJob job() {
    return jobs.stream()
        .filter(j -> j.name().equals("reschedule-pattern-alerts"))
        .findFirst()
        .orElseThrow();
  }

  private void publish(List<? extends TutorMaxEvent> events) {
    for (TutorMaxEvent e : events) {
      publisher.publish(e).block(WAIT);
    }
  }

  private List<String> types(String tutorId) {
    List<String> types = new ArrayList<>();
    recommendations(tutorId).forEach(r -> types.add(r.path("interventionType").asString()));
    return types;
  }

  private JsonNode recommendations(String tutorId) {
    return get("/api/churn/tutors/" + tutorId + "/recommendations");
  }

  private JsonNode prediction(String tutorId) {
    return get("/api/churn/tutors/" + tutorId);
  }

  private Instant scoredAt(String tutorId) {
    return Instant.parse(prediction(tutorId).path("scoredAt").asString());
  }

  private JsonNode get(String uri) {
    byte[] body =
        web.get()
            .uri(uri)
            .headers(h -> h.setBearerAuth(TestTokens.forRoles("PEOPLE_OPS")))
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return JSON.readTree(body);
  }
}
