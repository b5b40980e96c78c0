package com.tutormax.common.kafka;

import com.tutormax.common.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Reads the contract headers of a consumed record. */
public final class EventRecords {

  private EventRecords() {}

  public static UUID eventId(ConsumerRecord<?, ?> record) {
    return header(record.headers(), EventHeaders.EVENT_ID)
        .map(UUID::fromString)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Record "
                        + record.topic()
                        + "-"
                        + record.partition()
                        + "@"
                        + record.offset()
                        + " has no "
                        + EventHeaders.EVENT_ID
                        + " header"));
  }

  public static Optional<String> header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
