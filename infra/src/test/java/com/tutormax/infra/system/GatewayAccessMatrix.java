package com.tutormax.infra.system;

import com.tutormax.infra.launcher.Fleet;
import com.tutormax.infra.launcher.service.FleetService;
import com.tutormax.testsupport.AccessMatrix;
import com.tutormax.testsupport.AccessMatrix.Access;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of every service, called through a running fleet's gateway as an anonymous caller, as
 * a signed-in person of each role and as an integration client, against the matrix each service
 * declares (its module's src/test/resources/access-matrix.txt, read from the checkout: the same
 * file its own integration test checks). A denied caller must get 401 (anonymous) or 403; an
 * allowed one neither, nor a 5xx.
 *
 * <p>The tokens are real: the launcher's admin creates one account per role through the admin API
 * (a TUTOR linked to a tutor id, a STUDENT to a student id), each signs in through /api/auth/login,
 * and an integration client made through /api/admin/integration-clients takes its token from
 * /api/auth/token. Allowed calls must leave the fleet as it was: bodies are {@code {}} and path ids
 * are random UUIDs, so a write either fails validation or finds nothing (deactivating, erasing,
 * re-roling a user or revoking a client answers 404).
 */
public final class GatewayAccessMatrix {

  /**
   * Routes whose allowed call would change the running fleet whatever its body or id: only the
   * callers the matrix denies are tried on them. POST /api/generation/backfill republishes history
   * (and {@code {}} means the default days), live/start and live/stop switch live generation,
   * reseed replaces the world (only a missing seed stops {@code {}}), audit/retention and
   * privacy/retention delete entries and records, days/close closes evaluation's open days,
   * churn/rescore re-scores every tutor, training/runs trains models and a model's promote changes
   * the one served.
   */
  static final Set<String> DENIED_CALLERS_ONLY =
      Set.of(
          "POST /api/generation/backfill",
          "POST /api/generation/live/start",
          "POST /api/generation/live/stop",
          "POST /api/generation/reseed",
          "POST /api/admin/audit/retention",
          "POST /api/admin/privacy/retention",
          "POST /api/evaluation/days/close",
          "POST /api/churn/rescore",
          "POST /api/training/runs",
          "POST /api/training/models/{id}/promote");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PASSWORD = "Access-Matrix-2024!";
  private static final String INTEGRATION = "INTEGRATION";

  private final Fleet fleet;
  private final FleetApi admin;
  private final Path repositoryRoot;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Map<String, Integer> answers = new TreeMap<>();

  public GatewayAccessMatrix(Fleet fleet, Path repositoryRoot) {
    this.fleet = fleet;
    this.admin = new FleetApi(fleet);
    this.repositoryRoot = repositoryRoot;
  }

  /** Every service's declared matrix, from its module in the checkout. */
  public Map<FleetService, AccessMatrix> matrices() {
    Map<FleetService, AccessMatrix> matrices = new LinkedHashMap<>();
    for (FleetService service : FleetService.values()) {
      matrices.put(
          service,
          AccessMatrix.read(
              repositoryRoot
                  .resolve(service.serviceName())
                  .resolve("src/test/resources")
                  .resolve(AccessMatrix.FILE)));
    }
    return matrices;
  }

  /**
   * How the last {@link #wrong()}'s calls were answered: "allowed 200", "denied 403" … → how many.
   */
  public Map<String, Integer> answers() {
    return answers;
  }

  /**
   * Calls every route of every matrix as every caller; returns each call whose answer differs from
   * the matrix ("METHOD /pattern as CALLER: status, expected …"), empty when all agree.
   */
  public List<String> wrong() throws Exception {
    Map<FleetService, AccessMatrix> matrices = matrices();
    List<String> declared = new ArrayList<>();
    matrices.values().forEach(m -> declared.addAll(m.rules().keySet()));
    List<String> wrong = new ArrayList<>();
    DENIED_CALLERS_ONLY.stream()
        .filter(route -> !declared.contains(route))
        .forEach(
            route -> wrong.add(route + " is tried as denied callers only but is in no matrix"));

    Map<String, String> callers = callers();
    answers.clear();
    for (AccessMatrix matrix : matrices.values()) {
      for (Map.Entry<String, Access> rule : matrix.rules().entrySet()) {
        String route = rule.getKey();
        Access access = rule.getValue();
        String method = route.substring(0, route.indexOf(' '));
        String path = AccessMatrix.concretePath(route.substring(route.indexOf(' ') + 1));
        boolean deniedOnly = DENIED_CALLERS_ONLY.contains(route);
        for (Map.Entry<String, String> caller : callers.entrySet()) {
          String role = caller.getKey();
          boolean anonymous = caller.getValue() == null;
          boolean allowed = anonymous ? access.anonymous() : access.allows(role);
          if (allowed && deniedOnly) {
            continue;
          }
          int status = status(method, path, caller.getValue());
          answers.merge((allowed ? "allowed " : "denied ") + status, 1, Integer::sum);
          String call = route + " as " + role + " (" + path + "): " + status;
          if (allowed && (status == 401 || status == 403)) {
            wrong.add(call + ", expected access");
          } else if (allowed && status >= 500) {
            wrong.add(call + ", expected access without a server error");
          } else if (!allowed && status != (anonymous ? 401 : 403)) {
            wrong.add(call + ", expected " + (anonymous ? 401 : 403));
          }
        }
      }
    }
    return wrong;
  }

  /**
   * The callers, in order: "anonymous" (no token), one signed-in account per role, and an
   * integration client; each with a real access token issued by api-service through the gateway.
   */
  Map<String, String> callers() throws Exception {
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("anonymous", null);
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (String role : AccessMatrix.ROLES) {
      String email = "matrix-" + role.toLowerCase(Locale.ROOT) + "-" + run + "@tutormax.test";
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("email", email);
      user.put("name", "Access matrix " + role);
      user.put("password", PASSWORD);
      user.put("roles", List.of(role));
      if (role.equals("TUTOR")) {
        user.put("tutorId", "matrix-tutor-" + run);
      }
      if (role.equals("STUDENT")) {
        user.put("studentId", "matrix-student-" + run);
      }
      admin.post("/api/admin/users", JSON.writeValueAsString(user));
      JsonNode login =
          admin.postAnonymously(
              "/api/auth/login",
              "application/json",
              JSON.writeValueAsString(Map.of("email", email, "password", PASSWORD)));
      callers.put(role, login.path("accessToken").asString());
    }
    JsonNode client =
        admin.post(
            "/api/admin/integration-clients",
            JSON.writeValueAsString(Map.of("name", "access-matrix-" + run)));
    JsonNode token =
        admin.postAnonymously(
            "/api/auth/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials&client_id="
                + form(client.path("client_id").asString())
                + "&client_secret="
                + form(client.path("client_secret").asString()));
    callers.put(INTEGRATION, token.path("access_token").asString());
    callers.forEach(
        (caller, bearer) -> {
          if (bearer != null && bearer.isBlank()) {
            throw new IllegalStateException("no access token for " + caller);
          }
        });
    return callers;
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * One call on a connection of its own (Connection: close, as AccessMatrixTests does); the answer
   * is read to its end, and only its status counts. Writes carry {@code {}}.
   */
  int status(String method, String path, String bearer) throws IOException {
    URI gateway = fleet.gatewayUrl();
    boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    StringBuilder request =
        new StringBuilder()
            .append(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(gateway.getHost())
            .append(':')
            .append(gateway.getPort())
            .append("\r\nConnection: close\r\nAccept: application/json\r\n");
    if (bearer != null) {
      request.append("Authorization: Bearer ").append(bearer).append("\r\n");
    }
    if (withBody) {
      request.append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    } else {
      request.append("\r\n");
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()), 2_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = statusLine(in);
      in.transferTo(OutputStream.nullOutputStream());
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException(method + " " + path + ": not an HTTP answer: " + statusLine);
      }
      return Integer.parseInt(parts[1]);
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
