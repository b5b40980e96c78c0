package com.tutormax.common.outbox;

import com.tutormax.common.events.EventCatalog;
import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.EventType;
import com.tutormax.common.events.TutorMaxEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Writes an event into the outbox table on the caller's connection: inside a transaction (a {@code
 * TransactionalOperator} or {@code @Transactional}) the event commits or rolls back with the state
 * change beside it. The relay publishes it afterwards.
 */
public class OutboxWriter {

  private final DatabaseClient db;
  private final Supplier<String> traceparent;

  public OutboxWriter(DatabaseClient db, Supplier<String> traceparent) {
    this.db = db;
    this.traceparent = traceparent;
  }

  public Mono<UUID> append(TutorMaxEvent event) {
    return append(event, UUID.randomUUID());
  }

  public Mono<UUID> append(TutorMaxEvent event, UUID eventId) {
    EventType<?> type = EventCatalog.of(event);
    return Mono.defer(
        () -> {
          String parent = traceparent.get();
          DatabaseClient.GenericExecuteSpec insert =
              db.sql(
                      "INSERT INTO outbox (event_id, topic, event_key, event_type, schema_version,"
                          + " payload, traceparent) VALUES (:eventId, :topic, :key, :type,"
                          + " :version, :payload, :traceparent)")
                  .bind("eventId", eventId)
                  .bind("topic", type.topic())
                  .bind("key", event.key())
                  .bind("type", type.name())
                  .bind("version", type.schemaVersion())
                  .bind("payload", new String(EventJson.write(event), StandardCharsets.UTF_8));
          insert =
              parent == null
                  ? insert.bindNull("traceparent", String.class)
                  : insert.bind("traceparent", parent);
          return insert.fetch().rowsUpdated().thenReturn(eventId);
        });
  }
}
