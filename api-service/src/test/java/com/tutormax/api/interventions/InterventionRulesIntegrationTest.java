package com.tutormax.api.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.interventions.domain.Intervention;
import com.tutormax.api.interventions.persistence.InterventionTasks;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the workflow refuses: moves it does not allow (409), an assignee who is not active
 * operations staff (422), people ops acting outside their own queue (403), unknown values (400
 * problems), and the loser of two concurrent changes (409).
 */
@ServiceIntegrationTest
class InterventionRulesIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired InterventionTasks tasks;

  private WorkflowFixtures fixtures;
  private UUID manager;
  private String managerToken;

  @BeforeEach
  void fixtures() {
    fixtures = new WorkflowFixtures(publisher, db);
    manager = fixtures.user("OPS_MANAGER", "Olga Ops", true);
    managerToken = WorkflowFixtures.token(manager, "OPS_MANAGER");
  }

  @Test
  void movesTheWorkflowDoesNotAllowAreConflictsAndUnknownValuesBadRequests() throws Exception {
    String task = newTask();

    post(managerToken, task, "outcome", Map.of("outcome", "IMPROVED"))
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("A task OPEN cannot become COMPLETED");
    post(managerToken, task, "status", Map.of("status", "IN_PROGRESS"))
        .expectStatus()
        .isEqualTo(409);
    post(managerToken, task, "status", Map.of("status", "COMPLETED")).expectStatus().isBadRequest();
    post(managerToken, task, "status", Map.of("status", "DONE")).expectStatus().isBadRequest();
    post(managerToken, task, "status", Map.of()).expectStatus().isBadRequest();
    post(managerToken, task, "outcome", Map.of("outcome", "GREAT")).expectStatus().isBadRequest();

    post(managerToken, task, "status", Map.of("status", "CANCELLED", "note", "tutor left"))
        .expectStatus()
        .isOk();
    post(managerToken, task, "assign", Map.of("assigneeId", manager.toString()))
        .expectStatus()
        .isEqualTo(409);
    post(managerToken, "no-such-task", "status", Map.of("status", "CANCELLED"))
        .expectStatus()
        .isNotFound();
  }

  @Test
  void theAssigneeMustBeActiveOperationsStaff() throws Exception {
    String task = newTask();
    UUID tutorUser = fixtures.user("TUTOR", "Tom Tutor", true);
    UUID disabled = fixtures.user("PEOPLE_OPS", "Dora Gone", false);

    for (UUID assignee : new UUID[] {tutorUser, disabled, UUID.randomUUID()}) {
      post(managerToken, task, "assign", Map.of("assigneeId", assignee.toString()))
          .expectStatus()
          .isEqualTo(422)
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
    post(managerToken, task, "assign", Map.of("assigneeId", "not-a-uuid"))
        .expectStatus()
        .isBadRequest();
    post(managerToken, task, "assign", Map.of("assigneeId", manager.toString()))
        .expectStatus()
        .isOk();
    assertThat(
            fixtures.count(
                "SELECT count(*) AS n FROM notifications WHERE kind = 'INTERVENTION_ASSIGNED'"
                    + " AND recipient_id = '"
                    + manager
                    + "' AND recipient_role = 'OPS_MANAGER'"))
        .isEqualTo(1);
  }

  @Test
  void peopleOpsTakeUnassignedTasksAndWorkOnlyTheirOwn() throws Exception {
    UUID pat = fixtures.user("PEOPLE_OPS", "Pat People", true);
    UUID sam = fixtures.user("PEOPLE_OPS", "Sam People", true);
    String patToken = WorkflowFixtures.token(pat, "PEOPLE_OPS");
    String samToken = WorkflowFixtures.token(sam, "PEOPLE_OPS");
    String task = newTask();

    post(patToken, task, "status", Map.of("status", "CANCELLED")).expectStatus().isForbidden();
    post(patToken, task, "assign", Map.of("assigneeId", sam.toString()))
        .expectStatus()
        .isForbidden();
    post(patToken, task, "assign", Map.of("assigneeId", pat.toString())).expectStatus().isOk();

    post(samToken, task, "assign", Map.of("assigneeId", sam.toString()))
        .expectStatus()
        .isForbidden();
    post(samToken, task, "status", Map.of("status", "IN_PROGRESS")).expectStatus().isForbidden();
    post(patToken, task, "status", Map.of("status", "IN_PROGRESS")).expectStatus().isOk();
    // A manager re-assigns whoever holds it.
    post(managerToken, task, "assign", Map.of("assigneeId", sam.toString()))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("ASSIGNED");
    post(patToken, task, "status", Map.of("status", "IN_PROGRESS")).expectStatus().isForbidden();
  }

  @Test
  void ofTwoConcurrentChangesOneWinsAndTheOtherIsAConflict() throws Exception {
    String task = newTask();
    UUID otherManager = fixtures.user("OPS_MANAGER", "Otto Ops", true);
    String otherToken = WorkflowFixtures.token(otherManager, "OPS_MANAGER");
    post(managerToken, task, "assign", Map.of("assigneeId", manager.toString()))
        .expectStatus()
        .isOk();

    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Integer> start =
        CompletableFuture.supplyAsync(
            () -> status(go, managerToken, task, Map.of("status", "IN_PROGRESS")));
    // Whichever comes second finds the version moved (or, if the first committed before it read,
    // a task already in progress): either way a 409.
    CompletableFuture<Integer> cancel =
        CompletableFuture.supplyAsync(
            () -> status(go, otherToken, task, Map.of("status", "IN_PROGRESS")));
    go.countDown();
    List<Integer> answers = new ArrayList<>(List.of(start.get(), cancel.get()));

    assertThat(answers).containsExactlyInAnyOrder(200, 409);
    assertThat(
            fixtures.count(
                "SELECT count(*) AS n FROM intervention_history WHERE intervention_id = '"
                    + task
                    + "' AND action = 'STATUS'"))
        .isEqualTo(1);
  }

  @Test
  void aChangeOnAStaleVersionChangesNothing() throws Exception {
    String task = newTask();
    Intervention read = tasks.find(task).block();
    Intervention assigned = read.assignedTo(manager, Instant.now(), "olga@tutormax.test");

    assertThat(tasks.update(assigned, read.version()).block().version())
        .isEqualTo(read.version() + 1);
    assertThat(tasks.update(assigned, read.version()).blockOptional()).isEmpty();
  }

  private String newTask() throws Exception {
    return fixtures.task(
        "T-rules-" + UUID.randomUUID().toString().substring(0, 8),
        "H4_RETENTION_INTERVIEW",
        RiskLevel.HIGH,
        Duration.ofHours(1),
        Duration.ofHours(47));
  }

  private int status(CountDownLatch go, String token, String task, Map<String, String> body) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return post(token, task, "status", body).returnResult(Void.class).getStatus().value();
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
