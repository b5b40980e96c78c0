package com.tutormax.api.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.events.Topics;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A recommendation from churn-service becomes an OPEN task, which a manager assigns (the assignee
 * is told), the assignee starts and completes with an outcome; every change is one event on the
 * updates topic, one history row and one audit entry, and the tutor's interventions show it.
 */
@ServiceIntegrationTest
class InterventionWorkflowIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  private WorkflowFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new WorkflowFixtures(publisher, db);
  }

  @Test
  void aTaskGoesFromRecommendedToCompletedWithNoticesEventsAndHistory() throws Exception {
    String tutor = "T-flow-" + UUID.randomUUID().toString().substring(0, 8);
    UUID manager = fixtures.user("OPS_MANAGER", "Olga Ops", true);
    UUID peopleOps = fixtures.user("PEOPLE_OPS", "Pat People", true);
    String managerToken = WorkflowFixtures.token(manager, "OPS_MANAGER");
    String peopleOpsToken = WorkflowFixtures.token(peopleOps, "PEOPLE_OPS");
    String task =
        fixtures.task(
            tutor,
            "H1_MANAGER_COACHING",
            RiskLevel.HIGH,
            Duration.ofHours(12),
            Duration.ofHours(36));

    web.get()
        .uri("/api/interventions/" + task)
        .headers(h -> h.setBearerAuth(peopleOpsToken))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("OPEN")
        .jsonPath("$.sla.overdue")
        .isEqualTo(false)
        .jsonPath("$.sla.percentUsed")
        .isEqualTo(25)
        .jsonPath("$.history.length()")
        .isEqualTo(0);

    post(managerToken, task, "assign", Map.of("assigneeId", peopleOps.toString()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("ASSIGNED")
        .jsonPath("$.task.assigneeId")
        .isEqualTo(peopleOps.toString());
    assertThat(
            fixtures.count(
                "SELECT count(*) AS n FROM notifications WHERE kind = 'INTERVENTION_ASSIGNED'"
                    + " AND recipient_id = '"
                    + peopleOps
                    + "' AND recipient_role = 'PEOPLE_OPS' AND tutor_id = '"
                    + tutor
                    + "' AND body LIKE '%Hello Pat People%'"))
        .isEqualTo(1);

    post(peopleOpsToken, task, "status", Map.of("status", "in_progress", "note", "called them"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("IN_PROGRESS");
    post(
            peopleOpsToken,
            task,
            "outcome",
            Map.of("outcome", "IMPROVED", "notes", "agreed a schedule; ratings up"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("COMPLETED")
        .jsonPath("$.task.outcome")
        .isEqualTo("IMPROVED")
        .jsonPath("$.task.outcomeNotes")
        .isEqualTo("agreed a schedule; ratings up")
        .jsonPath("$.sla.overdue")
        .isEqualTo(false)
        .jsonPath("$.history.length()")
        .isEqualTo(3)
        .jsonPath("$.history[0].action")
        .isEqualTo("ASSIGN")
        .jsonPath("$.history[0].actor")
        .isEqualTo(manager + "@tutormax.test")
        .jsonPath("$.history[0].fromStatus")
        .isEqualTo("OPEN")
        .jsonPath("$.history[1].toStatus")
        .isEqualTo("IN_PROGRESS")
        .jsonPath("$.history[1].note")
        .isEqualTo("called them")
        .jsonPath("$.history[2].outcome")
        .isEqualTo("IMPROVED");

    // The three changes on the updates topic, in order, as churn-service and training read them.
    List<ConsumerRecord<String, byte[]>> records =
        TopicProbe.awaitAll(
            Topics.INTERVENTION_UPDATES,
            Duration.ofSeconds(60),
            r ->
                tutor.equals(r.key())
                    && EventJson.read(r.value(), InterventionUpdated.class)
                        .interventionId()
                        .equals(task),
            3);
    List<InterventionUpdated> updates =
        records.stream().map(r -> EventJson.read(r.value(), InterventionUpdated.class)).toList();
    assertThat(updates)
        .extracting(InterventionUpdated::status)
        .containsExactly("ASSIGNED", "IN_PROGRESS", "COMPLETED");
    assertThat(updates)
        .extracting(InterventionUpdated::outcome)
        .containsExactly(null, null, "IMPROVED");
    assertThat(updates)
        .extracting(InterventionUpdated::assigneeId)
        .containsOnly(peopleOps.toString());
    assertThat(updates)
        .extracting(InterventionUpdated::updatedBy)
        .containsExactly(
            manager + "@tutormax.test", peopleOps + "@tutormax.test", peopleOps + "@tutormax.test");
    assertThat(updates.get(0).interventionType()).isEqualTo("H1_MANAGER_COACHING");
    assertThat(
            fixtures.count(
                "SELECT count(*) AS n FROM audit_log WHERE target_type = 'intervention'"
                    + " AND target_id = '"
                    + task
                    + "' AND action IN ('INTERVENTION_ASSIGN', 'INTERVENTION_STATUS',"
                    + " 'INTERVENTION_OUTCOME')"))
        .isEqualTo(3);

    // The tutor's profile lists it.
    web.get()
        .uri("/api/tutors/" + tutor + "/interventions")
        .headers(h -> h.setBearerAuth(managerToken))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].task.interventionId")
        .isEqualTo(task)
        .jsonPath("$.items[0].task.outcome")
        .isEqualTo("IMPROVED");
  }

  private WebTestClient.ResponseSpec post(
      String token, String task, String action, Map<String, String> body) {
    return web.post()
        .uri("/api/interventions/" + task + "/" + action)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
