package com.tutormax.api.interventions;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may call each interventions route on a real task: staff read; tutors and students get 403
 * everywhere, even on their own tutor; anonymous callers 401.
 */
@ServiceIntegrationTest
class InterventionRolesIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  private record Route(HttpMethod method, String path, Map<String, String> body) {}

  @Test
  void staffReadTutorsStudentsAndAnonymousCallersAreKeptOut() throws Exception {
    WorkflowFixtures fixtures = new WorkflowFixtures(publisher, db);
    String tutor = "T-roles-" + UUID.randomUUID().toString().substring(0, 8);
    UUID peopleOps = fixtures.user("PEOPLE_OPS", "Pat People", true);
    String task =
        fixtures.task(
            tutor,
            "H1_MANAGER_COACHING",
            RiskLevel.HIGH,
            Duration.ofHours(1),
            Duration.ofHours(47));
    List<Route> routes =
        List.of(
            new Route(HttpMethod.GET, "/api/interventions", null),
            new Route(HttpMethod.GET, "/api/interventions/" + task, null),
            new Route(
                HttpMethod.POST,
                "/api/interventions/" + task + "/assign",
                Map.of("assigneeId", peopleOps.toString())),
            new Route(
                HttpMethod.POST,
                "/api/interventions/" + task + "/status",
                Map.of("status", "CANCELLED")),
            new Route(
                HttpMethod.POST,
                "/api/interventions/" + task + "/outcome",
                Map.of("outcome", "IMPROVED")),
            new Route(HttpMethod.GET, "/api/tutors/" + tutor + "/interventions", null));

    for (Route route : routes) {
      call(route, null).expectStatus().isUnauthorized();
      call(route, TestTokens.forRoles("STUDENT")).expectStatus().isForbidden();
      call(route, TestTokens.forRoles("TUTOR")).expectStatus().isForbidden();
      call(
              route,
              TestTokens.token(UUID.randomUUID().toString(), Duration.ofMinutes(5), tutor, "TUTOR"))
          .expectStatus()
          .isForbidden();
    }
    for (String role : new String[] {"ADMIN", "OPS_MANAGER", "PEOPLE_OPS"}) {
      for (Route read : routes.stream().filter(r -> r.method() == HttpMethod.GET).toList()) {
        call(read, TestTokens.forRoles(role)).expectStatus().isOk();
      }
    }
    // Nothing got through: the task is untouched.
    web.get()
        .uri("/api/interventions/" + task)
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectBody()
        .jsonPath("$.task.status")
        .isEqualTo("OPEN")
        .jsonPath("$.task.version")
        .isEqualTo(0);
    // An admin acts like a manager.
    call(routes.get(2), WorkflowFixtures.token(fixtures.user("ADMIN", "Ada Admin", true), "ADMIN"))
        .expectStatus()
        .isOk();
  }

  private WebTestClient.ResponseSpec call(Route route, String token) {
    WebTestClient.RequestBodySpec request = web.method(route.method()).uri(route.path());
    if (token != null) {
      request.headers(h -> h.setBearerAuth(token));
    }
    if (route.body() != null) {
      return request.contentType(MediaType.APPLICATION_JSON).bodyValue(route.body()).exchange();
    }
    return request.exchange();
  }
}
