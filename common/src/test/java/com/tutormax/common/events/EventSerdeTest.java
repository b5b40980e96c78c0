package com.tutormax.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventSerdeTest {

  private final EventSerializer serializer = new EventSerializer();
  private final EventDeserializer deserializer = new EventDeserializer();

  @Test
  void serializerSetsTypeHeadersAndDeserializerUsesThem() {
    TutorMaxEvent event = ContractExamples.all().get(2);
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer.serialize(Topics.SESSIONS, headers, event);
    assertThat(
            new String(headers.lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
        .isEqualTo("SessionRecorded");
    assertThat(
            new String(
                headers.lastHeader(EventHeaders.SCHEMA_VERSION).value(), StandardCharsets.UTF_8))
        .isEqualTo("2");
    assertThat(deserializer.deserialize(Topics.SESSIONS, headers, bytes)).isEqualTo(event);
  }

  @Test
  void rawBytesPassThroughForDeadLetters() {
    byte[] raw = {1, 2, 3};
    assertThat(serializer.serialize("t", new RecordHeaders(), raw)).isSameAs(raw);
  }

  @Test
  void recordsWithoutTypeHeaderOrWithGarbageAreRejected() {
    assertThatThrownBy(() -> deserializer.deserialize("t", new RecordHeaders(), "{}".getBytes()))
        .hasMessageContaining("tm-event-type");
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_TYPE, "SessionRecorded".getBytes());
    assertThatThrownBy(() -> deserializer.deserialize("t", headers, "not json".getBytes()))
        .isInstanceOf(RuntimeException.class);
    RecordHeaders unknown = new RecordHeaders();
    unknown.add(EventHeaders.EVENT_TYPE, "Nope".getBytes());
    assertThatThrownBy(() -> deserializer.deserialize("t", unknown, "{}".getBytes()))
        .hasMessageContaining("Unknown event type");
  }
}
