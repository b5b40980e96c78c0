package com.tutormax.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Thousands of malformed and hostile requests against the sign-in and admin routes: bad JSON, wrong
 * types, huge strings, injection strings, forged tokens. None may cause a 5xx, leak internals, or
 * store anything.
 */
@ServiceIntegrationTest
class HostileInputIntegrationTest {

  private static final List<String> NASTY =
      List.of(
          "' OR '1'='1' --",
          "admin@tutormax.test'; DROP TABLE users; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "\u0000",
          "a\u0000b@x.org",
          "%00%0d%0a",
          "../../etc/passwd",
          "{{7*7}}",
          "\uD83D\uDE00\u202E",
          "null",
          "",
          " ",
          "x".repeat(10_000),
          "y@" + "z".repeat(300) + ".org");

  private static final List<String> ROUTES =
      List.of(
          "POST /api/auth/login",
          "POST /api/auth/refresh",
          "POST /api/auth/logout",
          "POST /api/auth/password",
          "POST /api/admin/users",
          "PUT /api/admin/users/00000000-0000-0000-0000-000000000000/roles",
          "PUT /api/admin/users/not-a-uuid/roles",
          "GET /api/auth/me",
          "POST /api/auth/token",
          "POST /api/ingest/sessions",
          "POST /api/ingest/students",
          "POST /api/ingest/feedback",
          "POST /api/feedback/tokens",
          "POST /api/feedback/forms/no-such-link",
          "PUT /api/students/ST-none/consent");

  @Autowired DatabaseClient db;

  @Value("${local.server.port}")
  int port;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private long count(String table) {
    return db.sql("SELECT count(*) AS n FROM " + table)
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  @Test
  void twoThousandHostileRequestsCauseNoServerErrorAndStoreNothing() throws Exception {
    long users = count("users");
    long tokens = count("refresh_tokens");
    long links = count("feedback_tokens");
    Random random = new Random(20261129);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (int i = 0; i < 2_100; i++) {
      String route = ROUTES.get(random.nextInt(ROUTES.size()));
      String[] parts = route.split(" ", 2);
      String body = body(random);
      String token = token(random);
      boolean plain = random.nextInt(10) == 0;
      // A plain HTTP client, like an attacker's: it reads early answers (401, 413) while sending.
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + parts[1]))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", plain ? "text/plain" : "application/json")
              .method(parts[0], HttpRequest.BodyPublishers.ofString(body));
      if (token != null) {
        request.header("Authorization", token);
      }
      HttpResponse<String> result;
      try {
        result = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (java.net.http.HttpTimeoutException e) {
        failures.add("timeout " + route + " " + abbreviate(body) + " token " + token);
        continue;
      } catch (java.io.IOException e) {
        // The server may close the connection on an oversized body; that is not a server error.
        if (body.length() > 256 * 1024) {
          sent++;
          continue;
        }
        throw e;
      }
      sent++;
      int status = result.statusCode();
      String response = result.body() == null ? "" : result.body();
      if (status >= 500
          || response.contains("Exception")
          || response.contains("at com.")
          || response.contains("SQL")) {
        failures.add(status + " " + route + " " + abbreviate(body) + " -> " + abbreviate(response));
      }
    }
    assertThat(sent).isGreaterThanOrEqualTo(2_000);
    assertThat(failures).as("responses that were 5xx or leaked internals").isEmpty();
    assertThat(count("users")).isEqualTo(users);
    assertThat(count("refresh_tokens")).isEqualTo(tokens);
    assertThat(count("feedback_tokens")).isEqualTo(links);
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static String nasty(Random random) {
    return NASTY.get(random.nextInt(NASTY.size()));
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A body that is never a valid request: broken JSON, wrong types, hostile or huge values. */
  static String body(Random random) {
    return switch (random.nextInt(9)) {
      case 0 ->
          "{\"email\": " + json(nasty(random)) + ", \"password\": " + json(nasty(random)) + "}";
      case 1 -> "{\"email\": 42, \"password\": [1,2,3]}";
      case 2 -> "{\"refreshToken\": " + json(nasty(random)) + "}";
      case 3 -> "{not json at all";
      case 4 -> "[" + "[".repeat(random.nextInt(2000)) + "]";
      case 5 -> "{\"email\": \"" + "a".repeat(300_000) + "\"}";
      case 6 ->
          "{\"email\": "
              + json(nasty(random))
              + ", \"name\": "
              + json(nasty(random))
              + ", \"password\": \"short\", \"roles\": [\"SUPREME_LEADER\"]}";
      case 7 -> "{\"roles\": " + json(nasty(random)) + ", \"currentPassword\": null}";
      default -> nasty(random);
    };
  }

  /** No token, garbage, an unsigned ("alg none") token, a token with a forged signature. */
  static String token(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> "Bearer " + nasty(random).replaceAll("[^\\x20-\\x7E]", "");
      case 2 -> {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims =
            b64("{\"sub\":\"x\",\"iss\":\"tutormax\",\"roles\":[\"ADMIN\"],\"exp\":9999999999}");
        yield "Bearer " + header + "." + claims + ".";
      }
      case 3 -> {
        String real = TestTokens.forRoles("TUTOR");
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + b64("forged-signature");
        yield "Bearer " + forged;
      }
      case 4 -> "Basic " + b64("admin:admin");
      default -> "Bearer " + TestTokens.forRoles("ADMIN");
    };
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes());
  }
}
