package com.tutormax.api.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.jobs.ScheduledJobs;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.Topics;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The SLA check tells an assignee once when their task has used most of its SLA, and when it goes
 * past its due time; an assigned task keeps its status and carries the overdue mark.
 */
@ServiceIntegrationTest
class InterventionSlaNoticesIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired JobRunner runner;

  @Test
  void theAssigneeIsToldOnceWhenATaskIsDueSoonAndWhenItIsOverdue() throws Exception {
    WorkflowFixtures fixtures = new WorkflowFixtures(publisher, db);
    String tutor = "T-sla-notice-" + UUID.randomUUID().toString().substring(0, 8);
    UUID manager = fixtures.user("OPS_MANAGER", "Olga Ops", true);
    UUID pat = fixtures.user("PEOPLE_OPS", "Pat People", true);
    String managerToken = WorkflowFixtures.token(manager, "OPS_MANAGER");
    Instant now = Instant.now();
    // 40 of 48 hours used (83%): due soon. 2 hours late: overdue. 1 of 48 hours: neither.
    String dueSoon =
        fixtures.taskAt(
            tutor,
            "H1_MANAGER_COACHING",
            RiskLevel.HIGH,
            now.minus(Duration.ofHours(40)),
            now.plus(Duration.ofHours(8)));
    String late =
        fixtures.taskAt(
            tutor,
            "H4_RETENTION_INTERVIEW",
            RiskLevel.HIGH,
            now.minus(Duration.ofHours(50)),
            now.minus(Duration.ofHours(2)));
    String fresh =
        fixtures.taskAt(
            tutor,
            "H3_PERFORMANCE_PLAN",
            RiskLevel.CRITICAL,
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofHours(47)));
    for (String task : new String[] {dueSoon, late, fresh}) {
      web.post()
          .uri("/api/interventions/" + task + "/assign")
          .headers(h -> h.setBearerAuth(managerToken))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("assigneeId", pat.toString()))
          .exchange()
          .expectStatus()
          .isOk();
    }

    JobFinished first = ScheduledJobs.run(runner, "intervention-sla-check", Map.of());

    assertThat(first.counts().get("assigneesNotifiedDueSoon")).isGreaterThanOrEqualTo(1);
    assertThat(first.counts().get("assigneesNotifiedOverdue")).isGreaterThanOrEqualTo(1);
    assertThat(notices("INTERVENTION_DUE_SOON", pat, tutor)).isEqualTo(1);
    assertThat(notices("INTERVENTION_OVERDUE", pat, tutor)).isEqualTo(1);
    assertThat(notices("INTERVENTION_OVERDUE", manager, tutor)).isEqualTo(1);
    assertThat(
            fixtures.string(
                "SELECT body FROM notifications WHERE kind = 'INTERVENTION_DUE_SOON'"
                    + " AND recipient_id = '"
                    + pat
                    + "'"))
        .contains("Task:          " + dueSoon)
        .contains("due in 7 h");

    web.get()
        .uri("/api/interventions/" + late)
        .headers(h -> h.setBearerAuth(managerToken))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("ASSIGNED")
        .jsonPath("$.task.overdueAt")
        .exists()
        .jsonPath("$.sla.overdue")
        .isEqualTo(true)
        .jsonPath("$.history[1].action")
        .isEqualTo("OVERDUE")
        .jsonPath("$.history[1].actor")
        .isEqualTo("scheduler:intervention-sla-check");
    InterventionUpdated overdue =
        EventJson.read(
            TopicProbe.await(
                    Topics.INTERVENTION_UPDATES,
                    Duration.ofSeconds(60),
                    r ->
                        tutor.equals(r.key())
                            && EventJson.read(r.value(), InterventionUpdated.class)
                                .status()
                                .equals("OVERDUE"))
                .value(),
            InterventionUpdated.class);
    assertThat(overdue.interventionId()).isEqualTo(late);
    assertThat(overdue.assigneeId()).isEqualTo(pat.toString());

    // Once each: a second check tells nobody again.
    ScheduledJobs.run(runner, "intervention-sla-check", Map.of());

    assertThat(notices("INTERVENTION_DUE_SOON", pat, tutor)).isEqualTo(1);
    assertThat(notices("INTERVENTION_OVERDUE", pat, tutor)).isEqualTo(1);
    assertThat(
            fixtures.count(
                "SELECT count(*) AS n FROM notifications WHERE recipient_id = '"
                    + pat
                    + "' AND body LIKE '%"
                    + fresh
                    + "%' AND kind <> 'INTERVENTION_ASSIGNED'"))
        .isZero();
  }

  private long notices(String kind, UUID recipient, String tutor) {
    return new WorkflowFixtures(publisher, db)
        .count(
            "SELECT count(*) AS n FROM notifications WHERE kind = '"
                + kind
                + "' AND recipient_id = '"
                + recipient
                + "' AND tutor_id = '"
                + tutor
                + "'");
  }
}
