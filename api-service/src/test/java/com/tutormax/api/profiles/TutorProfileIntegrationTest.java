package com.tutormax.api.profiles;

import static com.tutormax.api.profiles.ProfileEvents.BASE;
import static com.tutormax.api.profiles.ProfileEvents.awaitTrue;
import static com.tutormax.api.profiles.ProfileEvents.count;
import static com.tutormax.api.profiles.ProfileEvents.publish;
import static com.tutormax.api.profiles.ProfileEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.profiles.persistence.PerformanceReadModel;
import com.tutormax.api.profiles.persistence.PredictionReadModel;
import com.tutormax.api.profiles.service.RecentFeedback;
import com.tutormax.api.records.domain.Feedback;
import com.tutormax.api.records.domain.Viewer;
import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The profile from real events through Kafka: spot values of every part, event-time safety of the
 * read models, who may read it, and the students' anonymity in its feedback.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TutorProfileIntegrationTest {

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;
  @Autowired RecentFeedback recentFeedback;
  @Autowired PredictionReadModel predictions;
  @Autowired PerformanceReadModel performance;

  private final String tutor = unique("TP");
  private final String student = unique("SP");
  private final Instant joined = BASE.minus(Duration.ofDays(40));
  private final Instant evaluatedAt = BASE.plus(Duration.ofHours(9));
  private final Instant predictedAt = BASE.plus(Duration.ofHours(10));
  private final String ops = TestTokens.forRoles("OPS_MANAGER");

  @BeforeAll
  void seed() {
    publish(
        publisher,
        tutor,
        ProfileEvents.tutor(tutor, "Priya Profile", List.of("math", "physics"), "STEM", joined));
    publish(
        publisher,
        student,
        new StudentRegistered(student, "Mia Minor", 15, "9", true, BASE, DataSource.SYNTHETIC));
    publish(
        publisher,
        tutor + "-f",
        new FeedbackSubmitted(
            tutor + "-f",
            tutor + "-s",
            tutor,
            student,
            2,
            3,
            3,
            2,
            3,
            3,
            false,
            true,
            FeedbackSubmitted.WorkAgain.NO,
            List.of("late"),
            "came late",
            BASE.plus(Duration.ofHours(8)),
            DataSource.SYNTHETIC));
    publish(
        publisher,
        tutor + "-i",
        new InterventionRecommended(
            tutor + "-i",
            tutor,
            "H1",
            false,
            RiskLevel.HIGH,
            "score above 50 for 7 days",
            predictedAt,
            "HIGH",
            predictedAt.plus(Duration.ofHours(48))));
    publish(
        publisher,
        tutor + "-perf",
        ProfileEvents.performance(tutor, evaluatedAt, PerformanceTier.NEEDS_ATTENTION, 41.5, 3.2));
    publish(publisher, tutor + "-pred", ProfileEvents.prediction(tutor, predictedAt, 62.5));
    awaitTrue(
        () ->
            count(db, "SELECT count(*) FROM tutors WHERE tutor_id = :id", tutor) == 1
                && count(db, "SELECT count(*) FROM feedback WHERE tutor_id = :id", tutor) == 1
                && count(db, "SELECT count(*) FROM interventions WHERE tutor_id = :id", tutor) == 1
                && count(db, "SELECT count(*) FROM tutor_performance WHERE tutor_id = :id", tutor)
                    == 1
                && count(db, "SELECT count(*) FROM tutor_predictions WHERE tutor_id = :id", tutor)
                    == 1);
  }

  private WebTestClient.ResponseSpec get(String token, String uri) {
    WebTestClient.RequestHeadersSpec<?> request = web.get().uri(uri);
    if (token != null) {
      request = request.headers(h -> h.setBearerAuth(token));
    }
    return request.exchange();
  }

  /** The status, body read so that the pooled connection is released. */
  private int status(String token, String uri) {
    return get(token, uri).expectBody().returnResult().getStatus().value();
  }

  @Test
  void theProfileShowsIdentityTenureTierMetricsChurnFlagsInterventionsAndFeedback() {
    long tenure =
        LocalDate.now(ZoneOffset.UTC).toEpochDay()
            - LocalDate.ofInstant(joined, ZoneOffset.UTC).toEpochDay();
    byte[] body =
        get(ops, "/api/tutors/" + tutor + "/profile")
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.identity.tutorId")
            .isEqualTo(tutor)
            .jsonPath("$.identity.name")
            .isEqualTo("Priya Profile")
            .jsonPath("$.identity.tenureDays")
            .isEqualTo((int) tenure)
            .jsonPath("$.identity.status")
            .isEqualTo("ACTIVE")
            .jsonPath("$.performance.tier")
            .isEqualTo("NEEDS_ATTENTION")
            .jsonPath("$.performance.score")
            .isEqualTo(41.5)
            .jsonPath("$.performance.metricsByWindow.30d.ratingAverage")
            .isEqualTo(3.2)
            .jsonPath("$.performance.metricsByWindow.30d.noShowRate")
            .isEqualTo(0.02)
            .jsonPath("$.performance.asOf")
            .isEqualTo(evaluatedAt.toString())
            .jsonPath("$.churn.headlineScore")
            .isEqualTo(62.5)
            .jsonPath("$.churn.ruleScore")
            .isEqualTo(52.5)
            .jsonPath("$.churn.riskLevel")
            .isEqualTo("HIGH")
            .jsonPath("$.churn.windowProbabilities.30d")
            .isEqualTo(0.625)
            .jsonPath("$.churn.windowProbabilities.90d")
            .isEqualTo(0.78)
            .jsonPath("$.churn.components.engagementDecline")
            .isEqualTo(80.0)
            .jsonPath("$.churn.flags[0]")
            .isEqualTo("NO_SHOW_RISK")
            .jsonPath("$.churn.topFactors[0].feature")
            .isEqualTo("days_since_last_session")
            .jsonPath("$.churn.topFactors[0].contribution")
            .isEqualTo(0.61)
            .jsonPath("$.churn.modelVersions.30d")
            .isEqualTo("m-30-test")
            .jsonPath("$.churn.asOf")
            .isEqualTo(predictedAt.toString())
            .jsonPath(
                "$.churnTrend[?(@.day == '"
                    + LocalDate.ofInstant(predictedAt, ZoneOffset.UTC)
                    + "')].headlineScore")
            .isEqualTo(List.of(62.5))
            .jsonPath("$.activeFlags.length()")
            .isEqualTo(2)
            .jsonPath("$.activeFlags[0].code")
            .isEqualTo("HIGH_RESCHEDULE_RATE")
            .jsonPath("$.activeFlags[0].source")
            .isEqualTo("PERFORMANCE")
            .jsonPath("$.activeFlags[1].code")
            .isEqualTo("NO_SHOW_RISK")
            .jsonPath("$.activeFlags[1].source")
            .isEqualTo("CHURN")
            .jsonPath("$.interventions[0].interventionId")
            .isEqualTo(tutor + "-i")
            .jsonPath("$.interventions[0].status")
            .isEqualTo("OPEN")
            .jsonPath("$.recentFeedback[0].overallRating")
            .isEqualTo(2)
            .jsonPath("$.recentFeedback[0].studentId")
            .isEqualTo(student)
            .jsonPath("$.notes")
            .isArray()
            .returnResult()
            .getResponseBody();
    // Staff get the student's id; the name is only read through the audited student route.
    assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Mia Minor");
  }

  @Test
  void aLateOlderPredictionNeverReplacesANewerOneButFillsItsOwnDay() {
    Instant dayBefore = predictedAt.minus(Duration.ofDays(1));
    publish(publisher, tutor + "-pred-old", ProfileEvents.prediction(tutor, dayBefore, 10.0));
    // The older event's day row is written in the same statement as the latest-row upsert.
    awaitTrue(
        () ->
            count(
                    db,
                    "SELECT count(*) FROM tutor_score_days WHERE tutor_id = :id AND day = '"
                        + LocalDate.ofInstant(dayBefore, ZoneOffset.UTC)
                        + "'",
                    tutor)
                == 1);
    get(ops, "/api/tutors/" + tutor + "/profile")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.churn.headlineScore")
        .isEqualTo(62.5)
        .jsonPath("$.churn.asOf")
        .isEqualTo(predictedAt.toString())
        .jsonPath("$.churnTrend.length()")
        .isEqualTo(2)
        .jsonPath("$.churnTrend[0].headlineScore")
        .isEqualTo(10.0)
        .jsonPath("$.churnTrend[1].headlineScore")
        .isEqualTo(62.5);
  }

  @Test
  void withinABatchTheNewestEventWinsAndAnOlderOrRepeatedBatchChangesNothing() {
    String other = unique("TQ");
    Instant t1 = BASE.plus(Duration.ofHours(1));
    Instant t2 = BASE.plus(Duration.ofHours(2));
    // Newest in the middle of the batch: order of arrival does not decide, event time does.
    predictions
        .insert(
            List.of(
                ProfileEvents.prediction(other, t1, 30.0),
                ProfileEvents.prediction(other, t2, 80.0),
                ProfileEvents.prediction(other, t1, 20.0)))
        .block();
    assertThat(headline(other)).isEqualTo(80.0);
    assertThat(predictions.insert(List.of(ProfileEvents.prediction(other, t1, 5.0))).block())
        .isZero();
    assertThat(predictions.insert(List.of(ProfileEvents.prediction(other, t2, 80.0))).block())
        .as("a redelivery rewrites the same values")
        .isEqualTo(1);
    assertThat(headline(other)).isEqualTo(80.0);
    assertThat(
            db.sql("SELECT headline_score FROM tutor_score_days WHERE tutor_id = :id")
                .bind("id", other)
                .map(r -> r.get(0, Double.class))
                .all()
                .collectList()
                .block())
        .containsExactly(80.0);

    performance
        .insert(
            List.of(
                ProfileEvents.performance(other, t2, PerformanceTier.STRONG, 70, 4.5),
                ProfileEvents.performance(other, t1, PerformanceTier.AT_RISK, 10, 2.0)))
        .block();
    performance
        .insert(List.of(ProfileEvents.performance(other, t1, PerformanceTier.AT_RISK, 10, 2.0)))
        .block();
    assertThat(
            db.sql("SELECT tier FROM tutor_performance WHERE tutor_id = :id")
                .bind("id", other)
                .map(r -> r.get(0, String.class))
                .one()
                .block())
        .isEqualTo("STRONG");
  }

  private double headline(String tutorId) {
    return db.sql("SELECT headline_score FROM tutor_predictions WHERE tutor_id = :id")
        .bind("id", tutorId)
        .map(r -> r.get(0, Double.class))
        .one()
        .block();
  }

  @Test
  void theTutorSeesTheirOwnFeedbackWithoutStudentOrSessionAndNobodyElsesAtAll() {
    List<Feedback> asTutor = recentFeedback.of(Viewer.tutor(tutor), tutor, 10).block();
    assertThat(asTutor).hasSize(1);
    assertThat(asTutor.get(0).studentId()).isNull();
    assertThat(asTutor.get(0).sessionId()).isNull();
    assertThat(asTutor.get(0).freeText()).isEqualTo("came late");
    assertThat(recentFeedback.of(Viewer.tutor("T-someone-else"), tutor, 10).block()).isEmpty();
    assertThat(recentFeedback.of(Viewer.student(student), tutor, 10).block()).isEmpty();
    assertThat(recentFeedback.of(Viewer.staffMember(), tutor, 10).block().get(0).studentId())
        .isEqualTo(student);
  }

  @Test
  void onlyStaffReadProfilesAndNoOtherCallerSeesChurnData() {
    String uri = "/api/tutors/" + tutor + "/profile";
    for (String role : List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")) {
      assertThat(status(TestTokens.forRoles(role), uri)).as(role).isEqualTo(200);
    }
    String ownTutor = TestTokens.token(tutor, Duration.ofMinutes(5), tutor, "TUTOR");
    get(ownTutor, uri)
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .returnResult();
    assertThat(status(TestTokens.forRoles("STUDENT"), uri)).isEqualTo(403);
    assertThat(status(null, uri)).isEqualTo(401);
    // The tutor's own record carries no churn field.
    String own =
        new String(
            get(ownTutor, "/api/tutors/" + tutor)
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    assertThat(own).contains(tutor).doesNotContain("riskLevel", "headlineScore", "churn");
  }

  @Test
  void anUnknownTutorIsAProblem404() {
    get(
            ops,
            "/api/tutors/T-nobody-"
                + Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli()
                + "/profile")
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("No such tutor");
  }

  @Test
  void aProfileReadIsAudited() {
    assertThat(status(ops, "/api/tutors/" + tutor + "/profile")).isEqualTo(200);
    awaitTrue(
        () ->
            count(
                    db,
                    "SELECT count(*) FROM audit_log WHERE action = 'RECORDS_READ'"
                        + " AND details = :id",
                    "/api/tutors/" + tutor + "/profile")
                > 0);
  }
}
