package com.tutormax.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

/** The ingestion API's way through the edge: open token requests, larger bodies on its routes. */
@GatewayIntegrationTest
class IngestRoutingIntegrationTest extends GatewayTestBase {

  @Value("${local.server.port}")
  int port;

  private static String jsonOfSize(int bytes) {
    return "[{\"detail\":\"" + "x".repeat(bytes) + "\"}]";
  }

  @Test
  void integrationClientsAskForTokensWithoutOne() {
    gateway
        .post()
        .uri("/api/auth/token")
        .header("X-Forwarded-For", clientAddress)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue("grant_type=client_credentials&client_id=a&client_secret=b")
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(stub("api").last().uri()).isEqualTo("/api/auth/token");
  }

  @Test
  void aBatchLargerThanTheFleetWideLimitReachesTheIngestionApi() {
    web.post()
        .uri("/api/ingest/sessions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonOfSize(1024 * 1024))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(stub("api").last().uri()).isEqualTo("/api/ingest/sessions");
  }

  /** The status a request declaring a body of {@code length} bytes gets before sending it. */
  private int statusForDeclaredBody(String path, long length) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "X-Forwarded-For: "
              + clientAddress
              + "\r\nAuthorization: Bearer "
              + accessToken
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  @Test
  void theLargerLimitIsTheIngestionApisAloneAndHasAnEnd() throws Exception {
    assertThat(statusForDeclaredBody("/api/tutors", 1 << 20)).isEqualTo(413);
    assertThat(statusForDeclaredBody("/api/ingest/sessions", (4 << 20) + 1)).isEqualTo(413);
    assertThat(stub("api").hits()).isZero();
  }
}
