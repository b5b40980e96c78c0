package com.tutormax.gateway.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A real tiny HTTP server standing in for one downstream service: healthy, failing (500) or slow,
 * counting its hits and keeping what it received. Like our services, it answers CORS requests with
 * its own Access-Control-Allow-Origin and sends a security header of its own. WebSocket upgrades
 * are echoed.
 */
public final class StubService {

  /** How the service behaves. */
  public enum Mode {
    HEALTHY,
    FAILING,
    SLOW
  }

  /** One request as the service saw it. */
  public record Received(String method, String uri, HttpHeaders headers) {}

  public static final Duration SLOWNESS = Duration.ofSeconds(3);

  private final String name;
  private final DisposableServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Mode mode = Mode.HEALTHY;

  StubService(String name, LoopResources loops) {
    this.name = name;
    this.server =
        HttpServer.create().host("127.0.0.1").port(0).runOn(loops).handle(this::handle).bindNow();
  }

  public String name() {
    return name;
  }

  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  public int hits() {
    return hits.get();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public Received last() {
    return received.get(received.size() - 1);
  }

  public void reset() {
    mode = Mode.HEALTHY;
    hits.set(0);
    received.clear();
  }

  private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    if (request.requestHeaders().containsValue("Upgrade", "websocket", true)) {
      return response.sendWebsocket((in, out) -> out.sendString(in.receive().asString()));
    }
    HttpHeaders headers = new HttpHeaders();
    request.requestHeaders().forEach(e -> headers.add(e.getKey(), e.getValue()));
    hits.incrementAndGet();
    received.add(new Received(request.method().name(), request.uri(), headers));
    Mode now = mode;
    Mono<Void> answer =
        Mono.defer(
            () ->
                now == Mode.FAILING
                    ? respond(request, response, 500, "{\"title\":\"boom\"}")
                    : respond(
                        request,
                        response,
                        200,
                        "{\"service\":\"" + name + "\",\"path\":\"" + request.uri() + "\"}"));
    Mono<Void> body = request.receive().then();
    return now == Mode.SLOW ? body.then(Mono.delay(SLOWNESS)).then(answer) : body.then(answer);
  }

  private static Mono<Void> respond(
      HttpServerRequest request, HttpServerResponse response, int status, String json) {
    String origin = request.requestHeaders().get("Origin");
    if (origin != null) {
      response
          .header("Access-Control-Allow-Origin", origin)
          .header("Access-Control-Allow-Credentials", "true")
          .header("Vary", "Origin");
    }
    return response
        .status(status)
        .header("Content-Type", "application/json")
        .header("X-Frame-Options", "SAMEORIGIN")
        .sendString(Mono.just(json))
        .then();
  }
}
