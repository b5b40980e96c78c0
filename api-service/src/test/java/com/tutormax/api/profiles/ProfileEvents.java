package com.tutormax.api.profiles;

import static org.awaitility.Awaitility.await;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.r2dbc.core.DatabaseClient;

/** Events of the profiles' tests, published with deterministic event ids. */
public final class ProfileEvents {

  /** Today's midnight UTC minus two days: every event of these tests is in the past. */
  public static final Instant BASE =
      Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));

  private ProfileEvents() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static void publish(EventPublisher publisher, String eventName, TutorMaxEvent event) {
    try {
      UUID id = UUID.nameUUIDFromBytes(eventName.getBytes(StandardCharsets.UTF_8));
      publisher.send(event, id).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish " + eventName, e);
    }
  }

  public static TutorRegistered tutor(
      String id, String name, List<String> subjects, String family, Instant joinedAt) {
    return new TutorRegistered(
        id,
        name,
        id.toLowerCase() + "@tutors.test",
        subjects,
        family,
        15,
        joinedAt,
        DataSource.SYNTHETIC);
  }

  public static PerformanceEvaluated performance(
      String tutorId, Instant asOf, PerformanceTier tier, double score, double rating30d) {
    return new PerformanceEvaluated(
        tutorId,
        asOf,
        tier,
        PerformanceTier.STRONG,
        score,
        Map.of(
            "7d", Map.of("ratingAverage", rating30d + 0.1),
            "30d", Map.of("ratingAverage", rating30d, "noShowRate", 0.02)),
        List.of("HIGH_RESCHEDULE_RATE"),
        null);
  }

  public static ChurnPredicted prediction(String tutorId, Instant asOf, double headline) {
    return new ChurnPredicted(
        tutorId,
        asOf,
        headline,
        headline - 10,
        RiskLevel.of(headline),
        Map.of("engagementDecline", 80.0, "performanceTrend", 55.0),
        List.of("NO_SHOW_RISK"),
        Map.of("1d", 0.02, "7d", 0.11, "30d", headline / 100, "90d", 0.78),
        List.of(
            new ChurnPredicted.Factor(
                "days_since_last_session", "Days since last session: 12 (raises risk)", 0.61)),
        Map.of("30d", "m-30-test"));
  }

  public static long count(DatabaseClient db, String sql, String id) {
    return db.sql(sql).bind("id", id).map(r -> r.get(0, Long.class)).one().block();
  }

  public static void awaitTrue(BooleanSupplier condition) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(condition::getAsBoolean);
  }
}
