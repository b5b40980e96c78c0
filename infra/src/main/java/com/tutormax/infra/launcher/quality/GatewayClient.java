package com.tutormax.infra.launcher.quality;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.secret.AdminLogin;
import com.tutormax.infra.launcher.service.FleetService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls a running fleet's API through its gateway, signed in as the launcher's admin. */
public final class GatewayClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI gateway;
  private final AdminLogin login;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String token;

  public GatewayClient(URI gateway, AdminLogin login) {
    this.gateway = gateway;
    this.login = login;
  }

  /** The fleet's gateway on this machine, signed in with the launcher's admin login. */
  public static GatewayClient forFleet(FleetOptions options) throws IOException {
    Path loginFile = options.layout().adminLogin();
    if (!Files.exists(loginFile)) {
      throw new IOException("no admin login at " + loginFile + ": start the fleet first");
    }
    URI gateway =
        URI.create("http://localhost:" + options.ports().service(FleetService.GATEWAY) + "/");
    return new GatewayClient(gateway, AdminLogin.readOrCreate(loginFile));
  }

  public JsonNode post(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token())
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return body("POST " + path, response);
  }

  public JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return body("GET " + path, response);
  }

  private String token() throws IOException, InterruptedException {
    if (token == null) {
      ObjectNode credentials = JSON.createObjectNode();
      credentials.put("email", login.email());
      credentials.put("password", login.password());
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(gateway.resolve("/api/auth/login"))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(credentials.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      token = body("sign-in", response).path("accessToken").asString();
    }
    return token;
  }

  private static JsonNode body(String what, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          what + " -> " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
