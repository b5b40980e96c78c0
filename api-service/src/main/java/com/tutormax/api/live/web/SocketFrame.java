package com.tutormax.api.live.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tutormax.api.live.domain.LiveMessage;
import com.tutormax.api.live.domain.LiveTopic;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A frame the server sends: {@code hello} (the topics this socket gets), {@code push} (a change),
 * {@code ping} (keeps an idle socket open), {@code pong} (answers a client's ping), {@code error}
 * (a client frame that was not understood).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SocketFrame(
    String type,
    LiveTopic topic,
    String tutorId,
    Instant at,
    Map<String, Object> data,
    Set<LiveTopic> topics,
    String message) {

  static SocketFrame hello(Set<LiveTopic> topics, Instant now) {
    return new SocketFrame("hello", null, null, now, null, topics, null);
  }

  static SocketFrame push(LiveMessage m) {
    return new SocketFrame("push", m.topic(), m.tutorId(), m.at(), m.data(), null, null);
  }

  static SocketFrame ping(Instant now) {
    return new SocketFrame("ping", null, null, now, null, null, null);
  }

  static SocketFrame pong(Instant now) {
    return new SocketFrame("pong", null, null, now, null, null, null);
  }

  static SocketFrame subscribed(Set<LiveTopic> topics, Instant now) {
    return new SocketFrame("subscribed", null, null, now, null, topics, null);
  }

  static SocketFrame error(String message, Instant now) {
    return new SocketFrame("error", null, null, now, null, null, message);
  }
}
