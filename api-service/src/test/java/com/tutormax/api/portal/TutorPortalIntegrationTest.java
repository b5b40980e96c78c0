package com.tutormax.api.portal;

import static com.tutormax.api.profiles.ProfileEvents.awaitTrue;
import static com.tutormax.api.profiles.ProfileEvents.count;
import static com.tutormax.api.profiles.ProfileEvents.publish;
import static com.tutormax.api.profiles.ProfileEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.profiles.ProfileEvents;
import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tutor portal on real events through Kafka: spot values of the overview (the last 7 days, the
 * rating trend, badges, training, peer rank), no churn data and no student identities in it, and
 * personal goals with their progress, validation, limit (also for two requests at once) and
 * ownership.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TutorPortalIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  private final Instant now = Instant.now();
  private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
  private final String tutor = unique("TPORT");
  private final String other = unique("TPORT-OTHER");
  private final String token =
      TestTokens.token(unique("u"), Duration.ofMinutes(10), tutor, "TUTOR");
  private final String otherToken =
      TestTokens.token(unique("u"), Duration.ofMinutes(10), other, "TUTOR");

  @BeforeAll
  void seed() {
    Instant joined = now.minus(Duration.ofDays(100));
    publish(
        publisher,
        tutor,
        ProfileEvents.tutor(tutor, "Ada Portal", List.of("math"), "STEM", joined));
    publish(
        publisher, other, ProfileEvents.tutor(other, "Bo Other", List.of("math"), "STEM", joined));
    // The last 7 days: two on time, one 8 minutes late, one no-show; the 7 before: one on time.
    session("s1", days(1), false, 0);
    session("s2", days(2), false, 0);
    session("s3", days(3), false, 8);
    session("s4", days(4), true, 0);
    session("s5", days(9), false, 0);
    feedback("f1", "s1", 5, List.of(), days(1));
    feedback("f2", "s2", 5, List.of(), days(2));
    feedback("f3", "s3", 2, List.of("unclear"), days(2));
    feedback("f4", "s5", 3, List.of("unclear", "late"), days(9));
    publish(
        publisher,
        tutor + "-perf",
        new PerformanceEvaluated(
            tutor,
            now.minus(Duration.ofHours(1)),
            PerformanceTier.DEVELOPING,
            PerformanceTier.STRONG,
            55.0,
            Map.of("30d", Map.of("ratingAverage", 3.75)),
            List.of("LOW_RATING"),
            null));
    awaitTrue(
        () ->
            count(db, "SELECT count(*) FROM sessions WHERE tutor_id = :id", tutor) == 5
                && count(db, "SELECT count(*) FROM feedback WHERE tutor_id = :id", tutor) == 4
                && count(db, "SELECT count(*) FROM tutor_performance WHERE tutor_id = :id", tutor)
                    == 1
                && count(db, "SELECT count(*) FROM tutors WHERE tutor_id = :id", other) == 1);
  }

  @Test
  void theOverviewShowsTheTutorsOwnWeekTrendBadgesTrainingAndPeerRank() {
    JsonNode portal = ok(get(token, "/api/portal"));

    assertThat(portal.path("tutorId").asString()).isEqualTo(tutor);
    assertThat(portal.path("firstName").asString()).isEqualTo("Ada");
    assertThat(portal.path("tenureDays").asLong()).isEqualTo(100);
    assertThat(portal.path("tier").path("tier").asString()).isEqualTo("DEVELOPING");
    assertThat(portal.path("tier").path("previousTier").asString()).isEqualTo("STRONG");

    JsonNode week = portal.path("thisWeek");
    assertThat(week.path("from").asString()).isEqualTo(today.minusDays(6).toString());
    assertThat(week.path("scheduled").asInt()).isEqualTo(4);
    assertThat(week.path("held").asInt()).isEqualTo(3);
    assertThat(week.path("onTime").asInt()).isEqualTo(2);
    assertThat(week.path("onTimePercent").asDouble()).isCloseTo(66.67, within());
    assertThat(week.path("ratings").asInt()).isEqualTo(3);
    assertThat(week.path("averageRating").asDouble()).isEqualTo(4.0);
    assertThat(week.path("fiveStarRatings").asInt()).isEqualTo(2);
    assertThat(portal.path("previousWeek").path("held").asInt()).isEqualTo(1);
    assertThat(portal.path("previousWeek").path("averageRating").asDouble()).isEqualTo(3.0);

    List<String> trend = new ArrayList<>();
    portal
        .path("ratingTrend")
        .forEach(d -> trend.add(d.path("day").asString() + "=" + d.path("average").asDouble()));
    assertThat(trend).containsExactly(day(9) + "=3.0", day(2) + "=3.5", day(1) + "=5.0");

    List<String> earned = new ArrayList<>();
    portal.path("badges").path("earned").forEach(b -> earned.add(b.path("code").asString()));
    assertThat(earned).containsExactly("TENURE_30", "TENURE_90");
    JsonNode nextSessions = portal.path("badges").path("next").get(0);
    assertThat(nextSessions.path("code").asString()).isEqualTo("SESSIONS_10");
    assertThat(nextSessions.path("current").asLong()).isEqualTo(4);

    List<String> modules = new ArrayList<>();
    portal.path("training").forEach(t -> modules.add(t.path("module").asString()));
    assertThat(modules).containsExactly("session-structure", "clear-explanations");

    long others =
        db.sql(
                "SELECT count(*) FROM tutor_performance p JOIN tutors t USING (tutor_id)"
                    + " WHERE t.status = 'ACTIVE' AND p.tutor_id <> :id")
            .bind("id", tutor)
            .map(r -> r.get(0, Long.class))
            .one()
            .block();
    long lower =
        db.sql(
                "SELECT count(*) FROM tutor_performance p JOIN tutors t USING (tutor_id)"
                    + " WHERE t.status = 'ACTIVE' AND p.tutor_id <> :id AND p.score < 55.0")
            .bind("id", tutor)
            .map(r -> r.get(0, Long.class))
            .one()
            .block();
    if (others > 0) {
      assertThat(portal.path("peerRank").path("peers").asLong()).isEqualTo(others);
      assertThat(portal.path("peerRank").path("percentile").asInt())
          .isEqualTo((int) Math.floor(100.0 * lower / others));
    }
  }

  @Test
  void theOverviewCarriesNoChurnDataAndNoStudentIdentity() {
    String body = body(get(token, "/api/portal"));

    assertThat(body.toLowerCase())
        .doesNotContain("risk", "churn", "headline", ("S-" + tutor).toLowerCase());
    JsonNode feedback = JSON.readTree(body).path("recentFeedback");
    assertThat(feedback.size()).isEqualTo(4);
    feedback.forEach(
        f -> {
          assertThat(f.path("studentId").isNull() || f.path("studentId").isMissingNode()).isTrue();
          assertThat(f.path("sessionId").isNull() || f.path("sessionId").isMissingNode()).isTrue();
        });
  }

  @Test
  void onlyATutorLinkedToAStoredTutorRecordHasAPortal() {
    String unlinked = TestTokens.token(unique("u"), Duration.ofMinutes(10), null, "TUTOR");
    String unknown =
        TestTokens.token(unique("u"), Duration.ofMinutes(10), unique("NOBODY"), "TUTOR");

    assertThat(get(unlinked, "/api/portal").expectBody().returnResult().getStatus().value())
        .isEqualTo(404);
    assertThat(get(unknown, "/api/portal").expectBody().returnResult().getStatus().value())
        .isEqualTo(404);
    assertThat(
            get(TestTokens.forRoles("OPS_MANAGER"), "/api/portal")
                .expectBody()
                .returnResult()
                .getStatus()
                .value())
        .isEqualTo(403);
  }

  @Test
  void goalsShowTheirProgressAreValidatedLimitedAndOwned() throws Exception {
    JsonNode sessions =
        created(
            post(
                token,
                "{\"metric\":\"sessions_held\",\"target\":3,\"startsOn\":\""
                    + today.minusDays(6)
                    + "\"}"));
    assertThat(sessions.path("current").asDouble()).isEqualTo(3.0);
    assertThat(sessions.path("state").asString()).isEqualTo("ACHIEVED");
    assertThat(sessions.path("goal").path("endsOn").asString()).isEqualTo(today.toString());

    JsonNode rating = created(post(token, "{\"metric\":\"AVERAGE_RATING\",\"target\":4.5}"));
    assertThat(rating.path("goal").path("startsOn").asString()).isEqualTo(today.toString());
    assertThat(rating.path("goal").path("endsOn").asString())
        .isEqualTo(today.plusDays(6).toString());
    assertThat(rating.path("state").asString()).isEqualTo("IN_PROGRESS");

    assertProblem(post(token, "{\"metric\":\"speed\",\"target\":3}"), 400, "metric must be one of");
    assertProblem(
        post(token, "{\"metric\":\"AVERAGE_RATING\",\"target\":6}"),
        400,
        "target of AVERAGE_RATING must be between 1 and 5");
    assertProblem(
        post(token, "{\"metric\":\"SESSIONS_HELD\",\"target\":3,\"endsOn\":\"soon\"}"),
        400,
        "endsOn must be a date");

    // Up to 9 open goals, then two requests at once for the 10th: exactly one gets it.
    for (int i = 0; i < 7; i++) {
      created(post(token, "{\"metric\":\"FIVE_STAR_RATINGS\",\"target\":" + (i + 1) + "}"));
    }
    CompletableFuture<Integer> a =
        CompletableFuture.supplyAsync(() -> status(post(token, tenth())));
    CompletableFuture<Integer> b =
        CompletableFuture.supplyAsync(() -> status(post(token, tenth())));
    assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 422);
    assertProblem(post(token, tenth()), 422, "already have 10 goals");

    JsonNode goals = ok(get(token, "/api/portal/goals"));
    assertThat(goals.size()).isEqualTo(10);
    String goalId = sessions.path("goal").path("goalId").asString();
    assertThat(ok(get(otherToken, "/api/portal/goals")).size()).isZero();
    assertThat(status(delete(otherToken, goalId))).isEqualTo(404);
    assertThat(status(delete(token, goalId))).isEqualTo(204);
    assertThat(status(delete(token, goalId))).isEqualTo(404);
    assertThat(ok(get(token, "/api/portal/goals")).size()).isEqualTo(9);
  }

  private static String tenth() {
    return "{\"metric\":\"ON_TIME_PERCENT\",\"target\":90}";
  }

  private void session(String id, Instant start, boolean noShow, int lateMinutes) {
    publish(
        publisher,
        tutor + "-" + id,
        new SessionRecorded(
            tutor + "-" + id,
            tutor,
            "S-" + tutor,
            2,
            start,
            noShow ? null : start.plusSeconds(60L * lateMinutes),
            noShow ? 0 : 50,
            "math",
            SessionRecorded.SessionType.ONE_ON_ONE,
            false,
            false,
            null,
            null,
            noShow,
            lateMinutes,
            noShow ? 0.0 : 0.8,
            !noShow,
            false,
            DataSource.SYNTHETIC));
  }

  private void feedback(String id, String sessionId, int rating, List<String> areas, Instant at) {
    publish(
        publisher,
        tutor + "-" + id,
        new FeedbackSubmitted(
            tutor + "-" + id,
            tutor + "-" + sessionId,
            tutor,
            "S-" + tutor,
            rating,
            rating,
            rating,
            rating,
            rating,
            rating,
            rating >= 4,
            false,
            null,
            areas,
            "thanks",
            at,
            DataSource.SYNTHETIC));
  }

  private Instant days(int ago) {
    return now.minus(Duration.ofDays(ago));
  }

  private String day(int ago) {
    return LocalDate.ofInstant(days(ago), ZoneOffset.UTC).toString();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private WebTestClient.ResponseSpec get(String bearer, String uri) {
    return web.get().uri(uri).headers(h -> h.setBearerAuth(bearer)).exchange();
  }

  private WebTestClient.ResponseSpec post(String bearer, String json) {
    return web.post()
        .uri("/api/portal/goals")
        .headers(h -> h.setBearerAuth(bearer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange();
  }

  private WebTestClient.ResponseSpec delete(String bearer, String goalId) {
    return web.delete()
        .uri("/api/portal/goals/" + goalId)
        .headers(h -> h.setBearerAuth(bearer))
        .exchange();
  }

  private static int status(WebTestClient.ResponseSpec response) {
    return response.expectBody().returnResult().getStatus().value();
  }

  private static String body(WebTestClient.ResponseSpec response) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body =
        result.getResponseBody() == null
            ? ""
            : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(body).isBetween(200, 201);
    return body;
  }

  private static JsonNode ok(WebTestClient.ResponseSpec response) {
    return JSON.readTree(body(response));
  }

  private static JsonNode created(WebTestClient.ResponseSpec response) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(body).isEqualTo(201);
    return JSON.readTree(body);
  }

  private static void assertProblem(
      WebTestClient.ResponseSpec response, int status, String detail) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(result.getStatus().value()).as(body).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType().toString())
        .contains("application/problem+json");
    assertThat(JSON.readTree(body).path("detail").asString()).contains(detail);
  }
}
