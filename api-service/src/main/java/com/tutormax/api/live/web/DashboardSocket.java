package com.tutormax.api.live.web;

import com.tutormax.api.live.config.LiveProperties;
import com.tutormax.api.live.domain.LiveTopic;
import com.tutormax.api.live.service.LiveHub;
import com.tutormax.common.events.EventJson;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * /ws/dashboard: pushes the changes a signed-in staff member may see. The access token comes with
 * the handshake (header, or {@code access_token} since browsers cannot set headers on a socket) and
 * is checked by the security chain before this runs; the socket closes with 4401 when the token
 * expires, and the client reconnects with a fresh one (then resubscribes).
 */
@Component
public class DashboardSocket implements WebSocketHandler {

  /** Closed because the access token expired: reconnect with a refreshed one. */
  static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "access token expired");

  /** The token grants nothing this socket carries. */
  static final CloseStatus NOTHING_VISIBLE = new CloseStatus(4403, "nothing to see for this role");

  private final LiveHub hub;
  private final LiveProperties properties;
  private final Clock clock;

  public DashboardSocket(LiveHub hub, LiveProperties properties, Clock clock) {
    this.hub = hub;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Mono<Void> handle(WebSocketSession session) {
    return session
        .getHandshakeInfo()
        .getPrincipal()
        .filter(Authentication.class::isInstance)
        .cast(Authentication.class)
        .flatMap(auth -> serve(session, auth))
        .switchIfEmpty(Mono.defer(() -> session.close(CloseStatus.POLICY_VIOLATION)));
  }

  private Mono<Void> serve(WebSocketSession session, Authentication auth) {
    Set<String> roles =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.toSet());
    Set<LiveTopic> visible = EnumSet.noneOf(LiveTopic.class);
    for (LiveTopic topic : LiveTopic.values()) {
      if (topic.visibleTo(roles)) {
        visible.add(topic);
      }
    }
    if (visible.isEmpty()) {
      return session.close(NOTHING_VISIBLE);
    }
    AtomicReference<Set<LiveTopic>> subscribed = new AtomicReference<>(Set.copyOf(visible));
    Sinks.Many<SocketFrame> replies = Sinks.many().unicast().onBackpressureBuffer();

    Mono<Void> input =
        session
            .receive()
            .map(WebSocketMessage::getPayloadAsText)
            .doOnNext(
                text ->
                    replies.tryEmitNext(
                        ClientFrames.answer(text, subscribed, visible, clock.instant())))
            .then();
    Flux<SocketFrame> frames =
        Flux.merge(
            Flux.just(SocketFrame.hello(subscribed.get(), clock.instant())),
            hub.stream()
                .filter(m -> subscribed.get().contains(m.topic()) && m.topic().visibleTo(roles))
                .map(SocketFrame::push),
            Flux.interval(properties.pingEvery()).map(i -> SocketFrame.ping(clock.instant())),
            replies.asFlux());
    // The frames end when the token expires (never, without an expiry); then the socket closes
    // with 4401. Closing while a send is still running would not go out: the send ends first.
    Mono<Void> output =
        session
            .send(
                frames
                    .takeUntilOther(expiry(auth))
                    .map(f -> session.textMessage(EventJson.mapper().writeValueAsString(f))))
            .then(Mono.defer(() -> session.close(TOKEN_EXPIRED)));
    // Whichever ends first ends the socket: the client leaves, or the token expires.
    return Mono.firstWithSignal(input, output);
  }

  private Mono<Long> expiry(Authentication auth) {
    if (!(auth instanceof JwtAuthenticationToken jwt) || jwt.getToken().getExpiresAt() == null) {
      return Mono.never();
    }
    Duration left = Duration.between(clock.instant(), jwt.getToken().getExpiresAt());
    return Mono.delay(left.isNegative() ? Duration.ZERO : left);
  }
}
