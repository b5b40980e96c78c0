package com.tutormax.infra.system;

import com.tutormax.infra.launcher.Fleet;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls a running fleet through its gateway as the launcher's admin. */
public final class FleetApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Fleet fleet;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private String token;

  public FleetApi(Fleet fleet) {
    this.fleet = fleet;
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  JsonNode post(String path, String json) {
    return send("POST", path, json);
  }

  /** The answer's status code for a caller with the given token (null: anonymous). */
  int status(String method, String path, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(fleet.gatewayUrl().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private JsonNode send(String method, String path, String json) {
    try {
      HttpResponse<String> response = exchange(method, path, json, adminToken());
      if (response.statusCode() == 401) {
        token = null;
        response = exchange(method, path, json, adminToken());
      }
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " -> " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> exchange(String method, String path, String json, String bearer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(fleet.gatewayUrl().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + bearer)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String adminToken() throws IOException, InterruptedException {
    if (token == null) {
      String body =
          "{\"email\":\""
              + fleet.adminLogin().email()
              + "\",\"password\":\""
              + fleet.adminLogin().password()
              + "\"}";
      token =
          postAnonymously("/api/auth/login", "application/json", body)
              .path("accessToken")
              .asString();
    }
    return token;
  }

  /** A POST without a token (sign-in, client credentials); anything but 200 fails. */
  JsonNode postAnonymously(String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(fleet.gatewayUrl().resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "POST " + path + " -> " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
