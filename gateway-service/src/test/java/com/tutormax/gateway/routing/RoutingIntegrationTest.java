package com.tutormax.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

@GatewayIntegrationTest
class RoutingIntegrationTest extends GatewayTestBase {

  @Value("${local.server.port}")
  int port;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/generation/runs?size=3, generation",
    "/api/evaluation/tutors/7/metrics, evaluation",
    "/api/churn/scores?tier=at-risk, churn",
    "/api/training/models/latest, training",
    "/api/scheduler/jobs, scheduler",
    "/api/tutors/7, api",
    "/api/auth/login, api",
    "/api/feedback?tutor_id=T1, api",
    "/api/feedback/forms/t-1, api",
    "/health, api",
  })
  void eachPrefixReachesItsServiceWithThePathIntact(String path, String service) {
    web.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo(service);

    assertThat(stub(service).hits()).isEqualTo(1);
    assertThat(stub(service).last().uri()).isEqualTo(path);
  }

  @Test
  void postsAreProxiedWithTheirMethod() {
    web.post()
        .uri("/api/evaluation/recompute")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"tutorId\":\"t-1\"}")
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(stub("evaluation").last().method()).isEqualTo("POST");
  }

  @Test
  void anUnknownApiPathIsProxiedToTheApiServiceNotAnsweredWithTheDashboard() {
    web.get()
        .uri("/api/unknown")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectHeader()
        .contentType(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.service")
        .isEqualTo("api");
  }

  @Test
  void webSocketsAreProxiedToTheApiService() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("X-Forwarded-For", clientAddress);
    AtomicReference<String> echoed = new AtomicReference<>();

    new ReactorNettyWebSocketClient()
        .execute(
            // Browsers cannot set headers on a handshake: the token travels as access_token.
            URI.create("ws://localhost:" + port + "/ws/updates?access_token=" + accessToken),
            headers,
            session ->
                session
                    .send(Mono.just(session.textMessage("ping")))
                    .thenMany(session.receive().take(1).map(WebSocketMessage::getPayloadAsText))
                    .doOnNext(echoed::set)
                    .then())
        .block(Duration.ofSeconds(10));

    assertThat(echoed.get()).isEqualTo("ping");
  }
}
