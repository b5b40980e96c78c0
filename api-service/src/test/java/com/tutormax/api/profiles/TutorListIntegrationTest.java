package com.tutormax.api.profiles;

import static com.tutormax.api.profiles.ProfileEvents.BASE;
import static com.tutormax.api.profiles.ProfileEvents.awaitTrue;
import static com.tutormax.api.profiles.ProfileEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The staff tutor list over the read models: search, filters, sorts and paging, on four tutors of
 * this test (found by the search term all their ids share), and that only staff may list.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TutorListIntegrationTest {

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  /** Shared by every id of this run, so a search for it finds exactly these tutors. */
  private final String run = "tl" + UUID.randomUUID().toString().substring(0, 8);

  private final String ada = "T-" + run + "-ada";
  private final String bo = "T-" + run + "-bo";
  private final String cy = "T-" + run + "-cy";
  private final String dee = "T-" + run + "-dee";
  private final String ops = TestTokens.forRoles("PEOPLE_OPS");

  /**
   * Ada: math, 200 days, Exemplary, score 10 (LOW). Bo: english, 20 days, At Risk, 90 (CRITICAL).
   * Cy: physics, 60 days, Developing, 55 (HIGH). Dee: math, 5 days, no evaluation or prediction.
   */
  @BeforeAll
  void seed() {
    Instant now = Instant.now();
    register(ada, "Ada Lovelace", List.of("math"), "STEM", now.minus(Duration.ofDays(200)));
    register(
        bo, "bo Diddley", List.of("english"), "LANGUAGE_WRITING", now.minus(Duration.ofDays(20)));
    register(cy, "Cy Young", List.of("physics", "math"), "STEM", now.minus(Duration.ofDays(60)));
    register(dee, "Dee Dee", List.of("math"), "STEM", now.minus(Duration.ofDays(5)));
    Instant at = BASE.plus(Duration.ofHours(12));
    evaluate(ada, at, PerformanceTier.EXEMPLARY, 95, 10);
    evaluate(bo, at, PerformanceTier.AT_RISK, 12, 90);
    evaluate(cy, at, PerformanceTier.DEVELOPING, 55, 55);
    awaitTrue(
        () ->
            db.sql(
                            "SELECT count(*) FROM tutors t JOIN tutor_predictions p USING (tutor_id)"
                                + " JOIN tutor_performance f USING (tutor_id)"
                                + " WHERE t.tutor_id LIKE :id")
                        .bind("id", "T-" + run + "-%")
                        .map(r -> r.get(0, Long.class))
                        .one()
                        .block()
                    == 3
                && db.sql("SELECT count(*) FROM tutors WHERE tutor_id = :id")
                        .bind("id", dee)
                        .map(r -> r.get(0, Long.class))
                        .one()
                        .block()
                    == 1);
  }

  private void register(String id, String name, List<String> subjects, String family, Instant at) {
    publish(publisher, id, ProfileEvents.tutor(id, name, subjects, family, at));
  }

  private void evaluate(String id, Instant at, PerformanceTier tier, double score, double churn) {
    publish(publisher, id + "-perf", ProfileEvents.performance(id, at, tier, score, 4.0));
    publish(publisher, id + "-pred", ProfileEvents.prediction(id, at, churn));
  }

  private WebTestClient.BodyContentSpec list(String query) {
    return web.get()
        .uri("/api/tutors/overview?q=" + run + (query.isEmpty() ? "" : "&" + query))
        .headers(h -> h.setBearerAuth(ops))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private List<String> ids(String query) {
    List<String> ids = new java.util.ArrayList<>();
    list(query)
        .jsonPath("$.items[*].tutorId")
        .value(value -> ((List<?>) value).forEach(v -> ids.add((String) v)));
    return ids;
  }

  @Test
  void searchMatchesIdNameOrEmailInAnyCase() {
    list("").jsonPath("$.total").isEqualTo(4);
    assertThat(ids("").subList(0, 3)).containsExactly(bo, cy, ada);
    web.get()
        .uri("/api/tutors/overview?q=LOVELACE")
        .headers(h -> h.setBearerAuth(ops))
        .exchange()
        .expectBody()
        .jsonPath("$.items[?(@.tutorId == '" + ada + "')].name")
        .isEqualTo(List.of("Ada Lovelace"));
    list("").jsonPath("$.items[0].riskLevel").isEqualTo("CRITICAL");
  }

  @Test
  void filtersByRiskTierSubjectTenureAndStatus() {
    assertThat(ids("risk=high,critical")).containsExactlyInAnyOrder(bo, cy);
    assertThat(ids("risk=LOW")).containsExactly(ada);
    assertThat(ids("tier=exemplary,developing")).containsExactlyInAnyOrder(ada, cy);
    assertThat(ids("subject=math")).containsExactlyInAnyOrder(ada, cy, dee);
    assertThat(ids("tenure_min=30")).containsExactlyInAnyOrder(ada, cy);
    assertThat(ids("tenure_max=30")).containsExactlyInAnyOrder(bo, dee);
    assertThat(ids("tenure_min=20&tenure_max=60")).containsExactlyInAnyOrder(bo, cy);
    assertThat(ids("tenure_min=5&tenure_max=5")).containsExactly(dee);
    assertThat(ids("status=active")).hasSize(4);
    assertThat(ids("status=resigned")).isEmpty();
  }

  @Test
  void sortsByScoreNameTenureTierAndRiskBothWaysWithTheUnscoredLast() {
    assertThat(ids("sort=score")).containsExactly(bo, cy, ada, dee);
    assertThat(ids("sort=score&order=asc")).containsExactly(ada, cy, bo, dee);
    assertThat(ids("sort=name")).containsExactly(ada, bo, cy, dee);
    assertThat(ids("sort=name&order=desc")).containsExactly(dee, cy, bo, ada);
    assertThat(ids("sort=tenure")).containsExactly(ada, cy, bo, dee);
    assertThat(ids("sort=tenure&order=asc")).containsExactly(dee, bo, cy, ada);
    assertThat(ids("sort=tier")).containsExactly(ada, cy, bo, dee);
    assertThat(ids("sort=tier&order=desc")).containsExactly(bo, cy, ada, dee);
    assertThat(ids("sort=risk")).containsExactly(bo, cy, ada, dee);
    assertThat(ids("sort=risk&order=asc")).containsExactly(ada, cy, bo, dee);
  }

  @Test
  void pagesCarryTheTotal() {
    list("sort=name&size=3&page=1")
        .jsonPath("$.total")
        .isEqualTo(4)
        .jsonPath("$.page")
        .isEqualTo(1)
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].tutorId")
        .isEqualTo(dee)
        .jsonPath("$.items[0].tenureDays")
        .isEqualTo(5)
        .jsonPath("$.items[0].riskLevel")
        .doesNotExist();
  }

  @Test
  void badParametersAreProblems() {
    for (String query :
        List.of(
            "risk=purple",
            "tier=best",
            "sort=height",
            "order=up",
            "subject=alchemy",
            "tenure_min=-1",
            "size=0")) {
      web.get()
          .uri("/api/tutors/overview?" + query)
          .headers(h -> h.setBearerAuth(ops))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.detail")
          .exists();
    }
  }

  @Test
  void onlyStaffListWithScoresAndATutorsOwnListHasNone() {
    for (String role : List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")) {
      assertThat(status(TestTokens.forRoles(role), "/api/tutors/overview")).isEqualTo(200);
    }
    String tutorToken = TestTokens.token(ada, Duration.ofMinutes(5), ada, "TUTOR");
    assertThat(status(tutorToken, "/api/tutors/overview")).isEqualTo(403);
    assertThat(status(TestTokens.forRoles("STUDENT"), "/api/tutors/overview")).isEqualTo(403);
    assertThat(status(null, "/api/tutors/overview")).isEqualTo(401);
    String own =
        new String(
            web.get()
                .uri("/api/tutors")
                .headers(h -> h.setBearerAuth(tutorToken))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    assertThat(own).contains(ada).doesNotContain("riskLevel", "headlineScore", "tier");
  }

  private int status(String token, String uri) {
    WebTestClient.RequestHeadersSpec<?> request = web.get().uri(uri);
    if (token != null) {
      request = request.headers(h -> h.setBearerAuth(token));
    }
    return request.exchange().expectBody().returnResult().getStatus().value();
  }
}
