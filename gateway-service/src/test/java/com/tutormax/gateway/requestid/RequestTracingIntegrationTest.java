package com.tutormax.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** X-Request-Id and W3C traceparent, from the client through the gateway to a service. */
@GatewayIntegrationTest
class RequestTracingIntegrationTest extends GatewayTestBase {

  @Test
  void aRequestWithoutAnIdGetsOneWhichTheServiceReceivesToo() {
    String id =
        requestId(
            web.get()
                .uri("/api/tutors")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders());

    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(stub("api").last().headers().get("X-Request-Id")).containsExactly(id);
  }

  @Test
  void aSaneIdIsKeptEndToEnd() {
    String id =
        requestId(
            web.get()
                .uri("/api/tutors")
                .header("X-Request-Id", "dash-42_a.b")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders());

    assertThat(id).isEqualTo("dash-42_a.b");
    assertThat(stub("api").last().headers().get("X-Request-Id")).containsExactly(id);
  }

  @Test
  void anUnsafeIdIsReplaced() {
    String unsafe = "x".repeat(65);
    String id =
        requestId(
            web.get()
                .uri("/api/tutors")
                .header("X-Request-Id", unsafe)
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders());

    assertThat(id).isNotEqualTo(unsafe);
    assertThat(stub("api").last().headers().get("X-Request-Id")).containsExactly(id);
  }

  @Test
  void gatewayAnswersHaveAnIdToo() {
    web.get()
        .uri("/actuator/health")
        .exchange()
        .expectHeader()
        .value("X-Request-Id", id -> assertThat(id).isNotBlank());
  }

  @Test
  void theTraceContinuesDownstream() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String clientSpan = "00f067aa0ba902b7";

    web.get()
        .uri("/api/tutors")
        .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
        .exchange()
        .expectStatus()
        .isOk();

    List<String> received = stub("api").last().headers().get("traceparent");
    assertThat(received).hasSize(1);
    String[] parts = received.get(0).split("-");
    assertThat(parts[1]).isEqualTo(traceId);
    // A new span: the gateway's own hop, a child of the client's.
    assertThat(parts[2]).isNotEqualTo(clientSpan);
  }

  private static String requestId(HttpHeaders headers) {
    assertThat(headers.get("X-Request-Id")).hasSize(1);
    return headers.getFirst("X-Request-Id");
  }
}
