package com.tutormax.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.ApiServiceApplication;
import com.tutormax.api.interventions.WorkflowFixtures;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.InfrastructureInitializer;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;

/**
 * Two api-service instances: this test's context takes the churn topic; the second relays only
 * ({@code tutormax.live.consume=false}). A client on the second sees a prediction, and an alert
 * when the tutor has just become critical, that only the first took: the fan-out goes through
 * Redis. Only staff may open the socket; history and older predictions are not pushed.
 */
@ServiceIntegrationTest
class LivePushIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private static ConfigurableApplicationContext relayOnly;

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  @BeforeAll
  static void startARelayOnlyInstance() {
    relayOnly =
        new SpringApplicationBuilder(ApiServiceApplication.class)
            .initializers(new InfrastructureInitializer())
            .run("--server.port=0", "--tutormax.live.consume=false");
  }

  @AfterAll
  static void stopIt() {
    if (relayOnly != null) {
      relayOnly.close();
    }
  }

  @Test
  void aTutorBecomingCriticalReachesAClientOfTheOtherInstanceAtOnce() throws Exception {
    String tutor = "T-live-" + UUID.randomUUID().toString().substring(0, 8);
    try (Client client = Client.connect(relayPort(), TestTokens.forRoles("OPS_MANAGER"))) {
      assertThat(client.next(f -> f.path("type").asString().equals("hello")).path("topics"))
          .hasSize(4);
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

      long sent = System.nanoTime();
      publish(prediction(tutor, now.minusSeconds(60), 40, RiskLevel.MEDIUM));
      publish(prediction(tutor, now, 82, RiskLevel.CRITICAL));

      JsonNode first = client.next(push("PREDICTIONS", tutor));
      assertThat(first.path("data").path("riskLevel").asString()).isEqualTo("MEDIUM");
      JsonNode second = client.next(push("PREDICTIONS", tutor));
      assertThat(second.path("data").path("score").asDouble()).isEqualTo(82.0);
      assertThat(second.path("data").path("previousRiskLevel").asString()).isEqualTo("MEDIUM");
      JsonNode alert = client.next(push("ALERTS", tutor));
      System.out.printf(
          "[live] critical alert reached the other instance's client %d ms after publishing%n",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
      assertThat(alert.path("data").path("riskLevel").asString()).isEqualTo("CRITICAL");
      assertThat(Instant.parse(alert.path("at").asString())).isEqualTo(now);
      assertThat(client.next(f -> f.path("topic").asString().equals("KPIS"))).isNotNull();

      // Still critical, an older redelivery and a backfill's past day: no new alert, no push.
      publish(prediction(tutor, now.minusSeconds(30), 20, RiskLevel.LOW));
      publish(prediction(tutor, now.minus(Duration.ofDays(20)), 10, RiskLevel.LOW));
      publish(prediction(tutor, now.plusSeconds(1), 85, RiskLevel.CRITICAL));
      JsonNode third = client.next(push("PREDICTIONS", tutor));
      assertThat(third.path("data").path("score").asDouble()).isEqualTo(85.0);
      assertThat(third.path("data").path("previousRiskLevel").asString()).isEqualTo("CRITICAL");
      assertThat(client.seen(push("ALERTS", tutor))).isEqualTo(1);
      assertThat(client.seen(push("PREDICTIONS", tutor))).isEqualTo(3);
    }
  }

  @Test
  void anAssignmentMadeThroughOneInstanceReachesAClientOfTheOther() throws Exception {
    WorkflowFixtures fixtures = new WorkflowFixtures(publisher, db);
    UUID manager = fixtures.user("OPS_MANAGER", "Mia Manager", true);
    UUID peopleOps = fixtures.user("PEOPLE_OPS", "Pat People", true);
    String tutor = "T-live-" + UUID.randomUUID().toString().substring(0, 8);
    try (Client client = Client.connect(relayPort(), TestTokens.forRoles("PEOPLE_OPS"))) {
      client.next(f -> f.path("type").asString().equals("hello"));
      String task =
          fixtures.task(
              tutor,
              "H1_MANAGER_COACHING",
              RiskLevel.HIGH,
              Duration.ofMinutes(5),
              Duration.ofHours(40));
      assertThat(client.next(push("INTERVENTIONS", tutor)).path("data").path("change").asString())
          .isEqualTo("RECOMMENDED");

      web.post()
          .uri("/api/interventions/{id}/assign", task)
          .headers(h -> h.setBearerAuth(WorkflowFixtures.token(manager, "OPS_MANAGER")))
          .bodyValue(Map.of("assigneeId", peopleOps.toString()))
          .exchange()
          .expectStatus()
          .isOk();

      JsonNode update =
          client.next(
              f ->
                  push("INTERVENTIONS", tutor).test(f)
                      && f.path("data").path("change").asString().equals("UPDATED"));
      assertThat(update.path("data").path("interventionId").asString()).isEqualTo(task);
      assertThat(update.path("data").path("status").asString()).isEqualTo("ASSIGNED");
      assertThat(update.path("data").path("assigneeId").asString()).isEqualTo(peopleOps.toString());
    }
  }

  @Test
  void aClientChoosesItsTopicsAndResubscribesAfterReconnecting() throws Exception {
    String tutor = "T-live-" + UUID.randomUUID().toString().substring(0, 8);
    String token = TestTokens.forRoles("PEOPLE_OPS");
    try (Client client = Client.connect(relayPort(), token)) {
      client.next(f -> f.path("type").asString().equals("hello"));
      client.send("{\"type\":\"subscribe\",\"topics\":[\"alerts\"]}");
      assertThat(client.next(f -> f.path("type").asString().equals("subscribed")).path("topics"))
          .extracting(JsonNode::asString)
          .containsExactly("ALERTS");
      client.send("{\"type\":\"subscribe\",\"topics\":[\"gossip\"]}");
      assertThat(
              client
                  .next(f -> f.path("type").asString().equals("error"))
                  .path("message")
                  .asString())
          .contains("gossip");
      publish(prediction(tutor, Instant.now(), 90, RiskLevel.CRITICAL));
      client.next(push("ALERTS", tutor));
      assertThat(client.seen(push("PREDICTIONS", tutor))).isZero();
    }
    // A new socket (after a drop) starts with everything again and gets what comes next.
    try (Client again = Client.connect(relayPort(), token)) {
      again.next(f -> f.path("type").asString().equals("hello"));
      again.send("{\"type\":\"subscribe\",\"topics\":[\"predictions\"]}");
      again.next(f -> f.path("type").asString().equals("subscribed"));
      publish(prediction(tutor, Instant.now(), 91, RiskLevel.CRITICAL));
      assertThat(again.next(push("PREDICTIONS", tutor)).path("data").path("score").asDouble())
          .isEqualTo(91.0);
    }
  }

  @Test
  void onlyStaffMayOpenTheSocket() {
    for (String role : List.of("TUTOR", "STUDENT", "INTEGRATION", "SERVICE")) {
      assertThat(handshakeStatus(TestTokens.forRoles(role))).as(role).isEqualTo(403);
    }
    assertThat(handshakeStatus(null)).isEqualTo(401);
    assertThat(handshakeStatus("not-a-token")).isEqualTo(401);
  }

  @Test
  void theSocketClosesWhenTheTokenExpires() throws Exception {
    String shortLived = TestTokens.token("ops@example.com", Duration.ofSeconds(3), null, "ADMIN");
    try (Client client = Client.connect(relayPort(), shortLived)) {
      client.next(f -> f.path("type").asString().equals("hello"));
      assertThat(client.closed.asMono().block(WAIT)).isEqualTo(4401);
    }
  }

  private static int relayPort() {
    return ((WebServerApplicationContext) relayOnly).getWebServer().getPort();
  }

  private static int handshakeStatus(String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    try {
      new ReactorNettyWebSocketClient()
          .execute(
              URI.create("ws://127.0.0.1:" + relayPort() + "/ws/dashboard"),
              headers,
              s -> s.close())
          .block(WAIT);
      return 101;
    } catch (RuntimeException e) {
      String text = String.valueOf(e.getMessage());
      for (int status : new int[] {401, 403}) {
        if (text.contains(Integer.toString(status))) {
          return status;
        }
      }
      throw e;
    }
  }

  private void publish(ChurnPredicted p) throws Exception {
    publisher.send(p, UUID.randomUUID()).get(30, TimeUnit.SECONDS);
  }

  private static ChurnPredicted prediction(
      String tutor, Instant asOf, double score, RiskLevel level) {
    return new ChurnPredicted(
        tutor,
        asOf,
        score,
        score,
        level,
        Map.of("engagement", score / 4),
        List.of(),
        Map.of(),
        List.of(new ChurnPredicted.Factor("no_shows_14d", "No shows (14 days): 3", 12)),
        Map.of());
  }

  private static Predicate<JsonNode> push(String topic, String tutor) {
    return f ->
        f.path("type").asString().equals("push")
            && f.path("topic").asString().equals(topic)
            && tutor.equals(f.path("tutorId").asString());
  }

  /** A dashboard socket's client side: every frame it received, in order. */
  private static final class Client implements AutoCloseable {
    private final BlockingQueue<JsonNode> unread = new LinkedBlockingQueue<>();
    private final List<JsonNode> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<Integer> closed = Sinks.one();
    private final Disposable connection;

    private Client(int port, String token) {
      connection =
          new ReactorNettyWebSocketClient()
              .execute(
                  URI.create("ws://127.0.0.1:" + port + "/ws/dashboard?access_token=" + token),
                  session -> {
                    session.closeStatus().map(CloseStatus::getCode).subscribe(closed::tryEmitValue);
                    Mono<Void> in =
                        session
                            .receive()
                            .map(WebSocketMessage::getPayloadAsText)
                            .map(t -> EventJson.mapper().readTree(t))
                            .doOnNext(
                                f -> {
                                  unread.add(f);
                                  all.add(f);
                                })
                            .then();
                    Mono<Void> out = session.send(outgoing.asFlux().map(session::textMessage));
                    return Mono.zip(in, out).then();
                  })
              .subscribe();
    }

    static Client connect(int port, String token) {
      return new Client(port, token);
    }

    void send(String text) {
      outgoing.tryEmitNext(text);
    }

    /** The next frame that matches, waiting up to WAIT; frames before it are skipped. */
    JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        JsonNode frame = unread.poll(100, TimeUnit.MILLISECONDS);
        if (frame != null && wanted.test(frame)) {
          return frame;
        }
      }
      throw new AssertionError("no such frame within " + WAIT + "; got " + all);
    }

    /** How many frames so far match, after a short quiet wait for stragglers. */
    long seen(Predicate<JsonNode> wanted) throws InterruptedException {
      Thread.sleep(1_000);
      return all.stream().filter(wanted).count();
    }

    @Override
    public void close() {
      connection.dispose();
    }
  }
}
