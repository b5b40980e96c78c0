package com.tutormax.infra.launcher.readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks a service's {@code /actuator/health/readiness}: ready means 200 with status UP. */
public final class ReadinessProbe {

  public static final String PATH = "/actuator/health/readiness";

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  public Readiness check(int port) {
    return checkAsync(port).join();
  }

  /** The same without blocking: services starting side by side are asked side by side. */
  public CompletableFuture<Readiness> checkAsync(int port) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
            .timeout(TIMEOUT)
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(ReadinessProbe::readiness)
        .exceptionally(unreachable -> Readiness.UNREACHABLE);
  }

  /** Asks all at once; a service that has not answered within the probe timeout is not ready. */
  public Map<Integer, Readiness> checkAll(Collection<Integer> ports) {
    Map<Integer, CompletableFuture<Readiness>> answers = new LinkedHashMap<>();
    ports.forEach(port -> answers.put(port, checkAsync(port)));
    Map<Integer, Readiness> readiness = new LinkedHashMap<>();
    answers.forEach(
        (port, answer) -> {
          try {
            readiness.put(port, answer.get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS));
          } catch (TimeoutException | ExecutionException e) {
            answer.cancel(true);
            readiness.put(port, Readiness.UNREACHABLE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            readiness.put(port, Readiness.UNREACHABLE);
          }
        });
    return readiness;
  }

  private static Readiness readiness(HttpResponse<String> response) {
    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
      return Readiness.READY;
    }
    return Readiness.notReady("HTTP " + response.statusCode());
  }

  /** The answer of one probe. */
  public record Readiness(boolean ready, String detail) {
    public static final Readiness READY = new Readiness(true, "ready");
    public static final Readiness UNREACHABLE = new Readiness(false, "not answering");

    static Readiness notReady(String detail) {
      return new Readiness(false, "not ready (" + detail + ")");
    }
  }
}
