package com.tutormax.api.live.web;

import com.tutormax.api.live.domain.LiveTopic;
import com.tutormax.common.events.EventJson;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What a client may send: {@code {"type":"subscribe","topics":["alerts","predictions"]}} (only
 * those topics from now on; an empty list: all it may see) or {@code {"type":"ping"}}. Anything
 * else gets an error frame and changes nothing.
 */
final class ClientFrames {

  private ClientFrames() {}

  static SocketFrame answer(
      String text,
      AtomicReference<Set<LiveTopic>> subscribed,
      Set<LiveTopic> visible,
      Instant now) {
    JsonNode frame;
    try {
      frame = EventJson.mapper().readTree(text);
    } catch (JacksonException e) {
      return SocketFrame.error("not JSON", now);
    }
    String type = frame.path("type").asString("");
    if (type.equals("ping")) {
      return SocketFrame.pong(now);
    }
    if (!type.equals("subscribe")) {
      return SocketFrame.error("type must be subscribe or ping", now);
    }
    Set<LiveTopic> wanted = EnumSet.noneOf(LiveTopic.class);
    for (JsonNode topic : frame.path("topics")) {
      try {
        wanted.add(LiveTopic.valueOf(topic.asString("").toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return SocketFrame.error("unknown topic " + topic.asString(""), now);
      }
    }
    Set<LiveTopic> granted = EnumSet.noneOf(LiveTopic.class);
    granted.addAll(wanted.isEmpty() ? visible : wanted);
    granted.retainAll(visible);
    subscribed.set(Set.copyOf(granted));
    return SocketFrame.subscribed(subscribed.get(), now);
  }
}
