package com.tutormax.common.events;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.features.LogisticModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fully populated example of every contract event; the golden files pin their JSON. */
final class ContractExamples {

  static final Instant T = Instant.parse("2026-11-02T09:30:00Z");

  private ContractExamples() {}

  static List<TutorMaxEvent> all() {
    return List.of(
        new TutorRegistered(
            "T-0001",
            "Ada Lovelace",
            "ada@example.org",
            List.of("math", "science"),
            "STEM",
            15,
            T,
            DataSource.SYNTHETIC),
        new StudentRegistered("S-0001", "Sam Student", 12, "7", true, T, DataSource.SYNTHETIC),
        new SessionRecorded(
            "SES-0001",
            "T-0001",
            "S-0001",
            1,
            T,
            T.plusSeconds(240),
            60,
            "math",
            SessionRecorded.SessionType.ONE_ON_ONE,
            true,
            false,
            6.0,
            "schedule conflict",
            false,
            4,
            0.82,
            true,
            false,
            DataSource.SYNTHETIC),
        new SessionBooked(
            "SES-0001",
            "T-0001",
            "S-0001",
            1,
            T.plusSeconds(86_400),
            60,
            "math",
            SessionRecorded.SessionType.ONE_ON_ONE,
            12,
            T,
            DataSource.SYNTHETIC),
        new FeedbackSubmitted(
            "F-0001",
            "SES-0001",
            "T-0001",
            "S-0001",
            2,
            3,
            2,
            3,
            2,
            2,
            false,
            true,
            FeedbackSubmitted.WorkAgain.PROBABLY_NOT,
            List.of("late", "unprepared"),
            "Started late.",
            T.plusSeconds(7200),
            DataSource.SYNTHETIC),
        new TutorActivityRecorded(
            "A-0001",
            "T-0001",
            TutorActivityRecorded.Kind.MESSAGE_RESPONSE,
            T,
            42.5,
            null,
            null,
            null,
            DataSource.SYNTHETIC),
        new TutorLifecycleChanged(
            "T-0001",
            TutorLifecycleChanged.Change.RESIGNED,
            T,
            "moved to another platform",
            DataSource.SYNTHETIC),
        new TutorDayClosed(
            "T-0001",
            LocalDate.parse("2026-11-01"),
            5,
            4,
            1,
            1,
            1,
            1,
            1,
            0,
            3,
            12,
            3.1,
            3,
            0,
            2,
            6,
            180.0,
            1,
            -2.0,
            0,
            Instant.parse("2026-11-02T00:00:05Z"),
            List.of(5.0, 12.5, 20.0, 30.0, 42.5, 70.0),
            List.of("algebra", "physics"),
            1,
            1,
            0),
        new PerformanceEvaluated(
            "T-0001",
            T,
            PerformanceTier.DEVELOPING,
            PerformanceTier.STRONG,
            61.5,
            Map.of("30d", Map.of("ratingAverage", 3.9)),
            List.of("HIGH_RESCHEDULE_RATE"),
            new TutorDayClosed(
                "T-0001",
                LocalDate.parse("2026-11-02"),
                2,
                1,
                0,
                1,
                1,
                0,
                0,
                0,
                1,
                4,
                0.8,
                1,
                0,
                1,
                1,
                15.0,
                0,
                0.0,
                0,
                T,
                List.of(15.0),
                List.of("algebra"),
                0,
                0,
                0)),
        new ChurnDetected(
            "T-0001",
            ChurnDetected.Reason.NO_SESSIONS_14_DAYS,
            T,
            Instant.parse("2026-10-19T15:00:00Z")),
        new ChurnPredicted(
            "T-0001",
            T,
            78.0,
            64.0,
            RiskLevel.CRITICAL,
            ordered("engagementDecline", 80.0, "performanceTrend", 55.0),
            List.of("HIGH_RESCHEDULE"),
            ordered("1d", 0.02, "7d", 0.11, "30d", 0.41, "90d", 0.78),
            List.of(
                new ChurnPredicted.Factor(
                    "reschedules_7d", "Rescheduled 4 sessions in the last 7 days", 0.61)),
            Map.of("30d", "m-30-2026-11-02")),
        new InterventionRecommended(
            "R-0001",
            "T-0001",
            "H1_MANAGER_COACHING",
            false,
            RiskLevel.HIGH,
            "Churn score above 50 for 7 days",
            T,
            "HIGH",
            Instant.parse("2026-11-04T09:30:00Z")),
        new InterventionUpdated(
            "I-0001", "T-0001", "H1_MANAGER_COACHING", "COMPLETED", "IMPROVED", "U-7", "U-7", T),
        new ModelPromoted(
            "m-30-2026-11-02",
            30,
            "2026-11-02.1",
            "http://training-service:8085/api/models/m-30-2026-11-02/artifact",
            Map.of("aucRoc", 0.88),
            T),
        new FirstSessionModelPromoted(
            "first-session-20261102-020000",
            "20261102-020000",
            new LogisticModel(
                -1.2,
                List.of(
                    new LogisticModel.Coefficient("tenure_days", -0.4, 210.0, 150.0),
                    new LogisticModel.Coefficient("student_age", 0.3, 14.5, 3.2))),
            Map.of("aucRoc", 0.71),
            T),
        new JobRequested(
            "run-2026-11-02-churn-rescore",
            "churn-batch-rescore",
            "churn-service",
            Map.of("asOf", "2026-11-02"),
            T,
            T.plusSeconds(1)),
        new JobFinished(
            "run-2026-11-02-churn-rescore",
            "churn-batch-rescore",
            "churn-service",
            JobFinished.Outcome.SUCCEEDED,
            830,
            Map.of("tutors", 287L),
            null,
            T.plusSeconds(2)),
        new Heartbeat(
            "api-service",
            "api-1",
            "0.1.0",
            T,
            3600,
            "UP",
            ordered("kafka", "UP", "r2dbc", "UP"),
            Map.of("api-service", 0L),
            1200,
            1,
            310,
            0,
            3.25,
            T.plusSeconds(3600)));
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... keyValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], (V) keyValues[i + 1]);
    }
    return map;
  }
}
