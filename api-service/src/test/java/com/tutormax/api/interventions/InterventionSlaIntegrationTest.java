package com.tutormax.api.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.api.jobs.ScheduledJobs;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.Topics;
import com.tutormax.common.jobs.JobRunner;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * churn-service's recommendations are taken into core.interventions once each; the SLA check marks
 * an open human task past its due time OVERDUE once, publishes InterventionUpdated and tells each
 * active operations manager; tasks not yet due and automated actions are left alone.
 */
@ServiceIntegrationTest
class InterventionSlaIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired EventPublisher publisher;
  @Autowired JobRunner runner;
  @Autowired DatabaseClient db;

  @Test
  void anOpenTaskPastItsDueTimeIsMarkedOverdueOnceAndManagersAreTold() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "T-sla-" + id;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String late = UUID.randomUUID().toString();
    String notYet = UUID.randomUUID().toString();
    String automated = UUID.randomUUID().toString();
    InterventionRecommended lateTask =
        recommended(late, tutor, "H1_MANAGER_COACHING", false, now.minus(Duration.ofHours(1)), now);
    publish(lateTask, "late-" + id);
    publish(lateTask, "late-again-" + id);
    publish(
        recommended(
            notYet, tutor, "H4_RETENTION_INTERVIEW", false, now.plus(Duration.ofHours(24)), now),
        "n-" + id);
    publish(recommended(automated, tutor, "A3_FIRST_SESSION_CHECK_IN", true, null, now), "a-" + id);
    await()
        .atMost(WAIT)
        .until(
            () ->
                count("SELECT count(*) AS n FROM interventions WHERE tutor_id = '" + tutor + "'")
                    == 3);
    assertThat(status(late)).isEqualTo("OPEN");
    assertThat(status(automated)).isEqualTo("AUTOMATED");
    UUID manager = opsManager(id);

    JobFinished first = ScheduledJobs.run(runner, "intervention-sla-check", Map.of());

    assertThat(first.counts().get("tasksOverdue")).isGreaterThanOrEqualTo(1);
    assertThat(first.counts().get("notificationsRecorded")).isGreaterThanOrEqualTo(1);
    assertThat(status(late)).isEqualTo("OVERDUE");
    assertThat(status(notYet)).isEqualTo("OPEN");
    assertThat(status(automated)).isEqualTo("AUTOMATED");
    ConsumerRecord<String, byte[]> update =
        TopicProbe.await(
            Topics.INTERVENTION_UPDATES,
            WAIT,
            r ->
                tutor.equals(r.key())
                    && new String(r.value(), StandardCharsets.UTF_8).contains(late));
    assertThat(new String(update.value(), StandardCharsets.UTF_8))
        .contains("\"status\":\"OVERDUE\"")
        .contains("\"updatedBy\":\"scheduler:intervention-sla-check\"");
    assertThat(
            count(
                "SELECT count(*) AS n FROM notifications WHERE kind = 'INTERVENTION_OVERDUE'"
                    + " AND recipient_id = '"
                    + manager
                    + "' AND tutor_id = '"
                    + tutor
                    + "' AND body LIKE '%H1_MANAGER_COACHING (HIGH)%'"))
        .isEqualTo(1);

    // Every active manager was told (other tests add managers); a second check tells nobody again.
    String noticesOfTutor =
        "SELECT count(*) AS n FROM notifications WHERE tutor_id = '" + tutor + "'";
    long told = count(noticesOfTutor);
    assertThat(told).isEqualTo(first.counts().get("managers"));

    ScheduledJobs.run(runner, "intervention-sla-check", Map.of());

    assertThat(count(noticesOfTutor)).isEqualTo(told);
    assertThat(
            count(
                "SELECT count(*) AS n FROM outbox WHERE event_type = 'InterventionUpdated'"
                    + " AND payload LIKE '%"
                    + late
                    + "%'"))
        .isEqualTo(1);
  }

  private static InterventionRecommended recommended(
      String id, String tutor, String type, boolean automated, Instant due, Instant at) {
    return new InterventionRecommended(
        id,
        tutor,
        type,
        automated,
        RiskLevel.HIGH,
        "churn score above 50 for 7 days",
        at,
        automated ? null : "HIGH",
        due);
  }

  private void publish(InterventionRecommended event, String name) throws Exception {
    publisher
        .send(event, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
        .get(30, TimeUnit.SECONDS);
  }

  private UUID opsManager(String id) {
    UUID user = UUID.randomUUID();
    db.sql(
            "INSERT INTO users (id, email, display_name, status) VALUES ('"
                + user
                + "', 'ops-"
                + id
                + "@tutormax.test', 'Olga Ops', 'ACTIVE')")
        .then()
        .block();
    db.sql("INSERT INTO user_roles (user_id, role) VALUES ('" + user + "', 'OPS_MANAGER')")
        .then()
        .block();
    return user;
  }

  private String status(String interventionId) {
    return db.sql("SELECT status FROM interventions WHERE intervention_id = :id")
        .bind("id", interventionId)
        .map(r -> r.get("status", String.class))
        .one()
        .block();
  }

  private long count(String sql) {
    return db.sql(sql).map(r -> r.get("n", Long.class)).one().block();
  }
}
