package com.tutormax.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.testsupport.AccessMatrix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Every route of a service against its declared access matrix ({@link AccessMatrix}: the module's
 * src/test/resources/access-matrix.txt, which infra's FleetIT also checks through the gateway). The
 * routes come from the handler mappings, so a new route without a rule fails the build; then every
 * caller — anonymous, each role and each machine role — is tried on every route: a caller outside
 * the rule gets 401 (anonymous) or 403, a caller inside it never does.
 */
public abstract class AccessMatrixTests {

  @Autowired protected WebTestClient web;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  protected RequestMappingHandlerMapping handlerMapping;

  /** The service's one declaration: src/test/resources/access-matrix.txt of its module. */
  private final AccessMatrix matrix = AccessMatrix.fromClasspath();

  /**
   * A valid access token for the role. A service whose rules also check the caller's record (an
   * integration client must exist and be active) overrides this to use a real one.
   */
  protected String tokenFor(String role) {
    return TestTokens.forRoles(role);
  }

  /** Calls slower than this are reported (the matrix checks access, not speed). */
  private static final long SLOW_CALL_MILLIS = 1_000;

  @Value("${local.server.port}")
  private int port;

  private WebTestClient patient;

  /**
   * The matrix's own client: a new connection for every call, never one from the shared pool that
   * other tests of the same context have kept alive (a reused keep-alive connection could stall a
   * call until the timeout). It checks who may call a route, not how fast it answers, so it waits
   * up to 30 s and reports slow calls instead.
   */
  private WebTestClient patientClient() {
    if (patient == null) {
      patient =
          WebTestClient.bindToServer(
                  new ReactorClientHttpConnector(
                      HttpClient.create(ConnectionProvider.newConnection())))
              .baseUrl("http://127.0.0.1:" + port)
              .responseTimeout(Duration.ofSeconds(30))
              .build();
    }
    return patient;
  }

  private Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    handlerMapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.getBeanType().getPackageName().startsWith("org.springdoc")) {
                return;
              }
              Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                  info.getMethodsCondition().getMethods();
              info.getPatternsCondition()
                  .getPatterns()
                  .forEach(
                      pattern ->
                          (methods.isEmpty()
                                  ? Set.of(
                                      org.springframework.web.bind.annotation.RequestMethod.GET)
                                  : methods)
                              .forEach(
                                  m -> routes.add(m.name() + " " + pattern.getPatternString())));
            });
    return routes;
  }

  @Test
  void everyRouteHasARuleAndEveryRuleARoute() {
    assertThat(routes())
        .as("the service's routes and the rules of " + matrix.source())
        .containsExactlyInAnyOrderElementsOf(matrix.rules().keySet());
  }

  @Test
  void everyCallerGetsExactlyTheAccessOfTheMatrix() {
    List<String> wrong = new ArrayList<>();
    List<String> callers = new ArrayList<>(AccessMatrix.ROLES);
    callers.addAll(AccessMatrix.MACHINE_ROLES);
    matrix
        .rules()
        .forEach(
            (route, access) -> {
              String[] parts = route.split(" ", 2);
              HttpMethod method = HttpMethod.valueOf(parts[0]);
              String path = AccessMatrix.concretePath(parts[1]);
              check(wrong, route, method, path, null, access.anonymous());
              for (String role : callers) {
                check(wrong, route, method, path, role, access.allows(role));
              }
            });
    assertThat(wrong)
        .as("routes whose access differs from the matrix " + matrix.source())
        .isEmpty();
  }

  private void check(
      List<String> wrong,
      String route,
      HttpMethod method,
      String path,
      String role,
      boolean allowed) {
    // A fresh connection that both sides close after the answer (see patientClient).
    WebTestClient.RequestBodySpec request =
        patientClient().method(method).uri(path).header(HttpHeaders.CONNECTION, "close");
    if (role != null) {
      String token = tokenFor(role);
      request.headers(h -> h.setBearerAuth(token));
    }
    if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
    }
    // Read the body so the connection is released at once.
    long started = System.nanoTime();
    HttpStatus status =
        HttpStatus.valueOf(request.exchange().expectBody().returnResult().getStatus().value());
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (millis > SLOW_CALL_MILLIS) {
      System.out.printf("access matrix: %s as %s took %d ms%n", route, role, millis);
    }
    String caller = role == null ? "anonymous" : role;
    if (allowed && (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN)) {
      wrong.add(route + " as " + caller + ": " + status.value() + ", expected access");
    }
    if (!allowed) {
      HttpStatus expected = role == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
      if (status != expected) {
        wrong.add(
            route + " as " + caller + ": " + status.value() + ", expected " + expected.value());
      }
    }
  }
}
