package com.tutormax.api.interventions;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The queue: soonest due first, then the most urgent; each filter narrows it, pages carry the
 * total, an unknown filter value is a 400 problem.
 */
@ServiceIntegrationTest
class InterventionQueueIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  @Test
  void filtersNarrowTheQueueAndPagesCarryTheTotal() throws Exception {
    WorkflowFixtures fixtures = new WorkflowFixtures(publisher, db);
    String tutor = "T-queue-" + UUID.randomUUID().toString().substring(0, 8);
    UUID manager = fixtures.user("OPS_MANAGER", "Olga Ops", true);
    UUID pat = fixtures.user("PEOPLE_OPS", "Pat People", true);
    String managerToken = WorkflowFixtures.token(manager, "OPS_MANAGER");
    String patToken = WorkflowFixtures.token(pat, "PEOPLE_OPS");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant due = now.plus(Duration.ofHours(10));
    String high =
        fixtures.taskAt(tutor, "H1_MANAGER_COACHING", RiskLevel.HIGH, now.minusSeconds(3600), due);
    String critical =
        fixtures.taskAt(
            tutor, "H4_RETENTION_INTERVIEW", RiskLevel.CRITICAL, now.minusSeconds(3600), due);
    String late =
        fixtures.taskAt(
            tutor,
            "H2_PEER_MENTORING",
            RiskLevel.MEDIUM,
            now.minus(Duration.ofDays(5)),
            now.minus(Duration.ofHours(2)));
    web.post()
        .uri("/api/interventions/" + high + "/assign")
        .headers(h -> h.setBearerAuth(managerToken))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("assigneeId", pat.toString()))
        .exchange()
        .expectStatus()
        .isOk();

    String q = "/api/interventions?tutor=" + tutor;
    list(managerToken, q)
        .jsonPath("$.total")
        .isEqualTo(3)
        .jsonPath("$.items[0].task.interventionId")
        .isEqualTo(late)
        .jsonPath("$.items[0].sla.overdue")
        .isEqualTo(true)
        .jsonPath("$.items[1].task.interventionId")
        .isEqualTo(critical)
        .jsonPath("$.items[2].task.interventionId")
        .isEqualTo(high);
    list(managerToken, q + "&size=2&page=1")
        .jsonPath("$.total")
        .isEqualTo(3)
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].task.interventionId")
        .isEqualTo(high);
    only(managerToken, q + "&overdue=true", late);
    list(managerToken, q + "&overdue=false").jsonPath("$.total").isEqualTo(2);
    only(managerToken, q + "&type=H4", critical);
    only(managerToken, q + "&type=h4_retention_interview", critical);
    only(managerToken, q + "&risk=critical", critical);
    only(managerToken, q + "&status=ASSIGNED", high);
    only(patToken, q + "&assignee=me", high);
    only(managerToken, q + "&assignee=" + pat, high);
    list(managerToken, q + "&assignee=none").jsonPath("$.total").isEqualTo(2);
    only(managerToken, q + "&status=open&risk=MEDIUM&overdue=true&type=H2", late);

    for (String bad :
        new String[] {
          "status=FOO", "type=Z9", "risk=HUGE", "overdue=maybe", "assignee=xyz", "size=0", "page=-1"
        }) {
      web.get()
          .uri("/api/interventions?" + bad)
          .headers(h -> h.setBearerAuth(managerToken))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  private void only(String token, String uri, String id) {
    list(token, uri)
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].task.interventionId")
        .isEqualTo(id);
  }

  private WebTestClient.BodyContentSpec list(String token, String uri) {
    return web.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
