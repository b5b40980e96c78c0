package com.tutormax.api.interventions;

import static org.awaitility.Awaitility.await;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Real users in core.users, their tokens (subject = user id, as api-service issues them), and
 * recommendations sent through Kafka as churn-service sends them, waited for until stored.
 */
public final class WorkflowFixtures {

  private final EventPublisher publisher;
  private final DatabaseClient db;

  public WorkflowFixtures(EventPublisher publisher, DatabaseClient db) {
    this.publisher = publisher;
    this.db = db;
  }

  /** A user with the role (ACTIVE unless {@code active} is false). */
  public UUID user(String role, String name, boolean active) {
    UUID id = UUID.randomUUID();
    db.sql(
            "INSERT INTO users (id, email, display_name, status) VALUES (:id, :email, :name,"
                + " :status)")
        .bind("id", id)
        .bind("email", id + "@tutormax.test")
        .bind("name", name)
        .bind("status", active ? "ACTIVE" : "DISABLED")
        .then()
        .block();
    db.sql("INSERT INTO user_roles (user_id, role) VALUES (:id, :role)")
        .bind("id", id)
        .bind("role", role)
        .then()
        .block();
    return id;
  }

  public static String token(UUID user, String role) {
    return TestTokens.token(user.toString(), Duration.ofMinutes(10), null, role);
  }

  /** A human task for the tutor, recommended {@code ago} before now and due {@code dueIn} after. */
  public String task(String tutor, String type, RiskLevel risk, Duration ago, Duration dueIn)
      throws Exception {
    Instant now = Instant.now();
    return taskAt(tutor, type, risk, now.minus(ago), now.plus(dueIn));
  }

  /** A human task recommended and due at the given times. */
  String taskAt(String tutor, String type, RiskLevel risk, Instant recommendedAt, Instant dueAt)
      throws Exception {
    String id = UUID.randomUUID().toString();
    InterventionRecommended event =
        new InterventionRecommended(
            id,
            tutor,
            type,
            false,
            risk,
            "churn score above 50 for 7 days",
            recommendedAt,
            risk == RiskLevel.CRITICAL ? "URGENT" : "HIGH",
            dueAt);
    publisher
        .send(event, UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)))
        .get(30, TimeUnit.SECONDS);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count(
                        "SELECT count(*) AS n FROM interventions WHERE intervention_id = '"
                            + id
                            + "'")
                    == 1);
    return id;
  }

  long count(String sql) {
    return db.sql(sql).map(r -> r.get("n", Long.class)).one().block();
  }

  String string(String sql) {
    return db.sql(sql).map(r -> r.get(0, String.class)).one().block();
  }
}
