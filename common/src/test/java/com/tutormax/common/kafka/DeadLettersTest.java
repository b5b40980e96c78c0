package com.tutormax.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventDeserializer;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.EventSerializer;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

class DeadLettersTest {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private final MockProducer<Object, Object> producer =
      new MockProducer(true, null, new StringSerializer(), new EventSerializer());

  private final KafkaTemplate<Object, Object> template =
      new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));

  private static ConsumerRecord<String, TutorMaxEvent> consumed(
      TutorMaxEvent value, RecordHeaders headers) {
    return new ConsumerRecord<>(
        Topics.LIFECYCLE,
        1,
        42,
        0L,
        TimestampType.CREATE_TIME,
        0,
        0,
        "T-1",
        value,
        headers,
        Optional.empty());
  }

  private static Optional<String> header(ProducerRecord<Object, Object> record, String name) {
    return EventRecords.header(record.headers(), name);
  }

  @Test
  void aRefusedRecordGoesToItsDeadLetterPartitionWithReasonOriginAndItsHeaders() throws Exception {
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_ID, "id-1".getBytes(StandardCharsets.UTF_8));
    TutorLifecycleChanged event =
        new TutorLifecycleChanged(
            "T-1", TutorLifecycleChanged.Change.RESIGNED, Instant.EPOCH, null, DataSource.INGEST);

    DeadLetters.publish(template, consumed(event, headers), "occurred_at: too early").get();

    ProducerRecord<Object, Object> dead = producer.history().get(0);
    assertThat(dead.topic()).isEqualTo(Topics.LIFECYCLE + ".DLT");
    assertThat(dead.partition()).isEqualTo(1);
    assertThat(dead.key()).isEqualTo("T-1");
    assertThat(dead.value()).isEqualTo(event);
    assertThat(header(dead, EventHeaders.DLT_REASON)).contains("occurred_at: too early");
    assertThat(header(dead, EventHeaders.DLT_ORIGIN)).contains(Topics.LIFECYCLE + "-1@42");
    assertThat(header(dead, EventHeaders.EVENT_ID)).contains("id-1");
  }

  @Test
  void anUndecodableRecordGoesWithItsOriginalBytesAndWithoutTheExceptionHeader() throws Exception {
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_TYPE, "TutorLifecycleChanged".getBytes(StandardCharsets.UTF_8));
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    try (ErrorHandlingDeserializer<TutorMaxEvent> deserializer =
        new ErrorHandlingDeserializer<>(new EventDeserializer())) {
      deserializer.configure(Map.of(), false);
      assertThat(deserializer.deserialize(Topics.LIFECYCLE, headers, garbage)).isNull();
    }
    ConsumerRecord<String, TutorMaxEvent> record = consumed(null, headers);
    assertThat(DeadLetters.deserializationFailure(record)).isNotNull();

    DeadLetters.publish(template, record, "undecodable").get();

    ProducerRecord<Object, Object> dead = producer.history().get(0);
    assertThat((byte[]) dead.value()).isEqualTo(garbage);
    assertThat(header(dead, EventHeaders.DLT_REASON)).contains("undecodable");
    assertThat(header(dead, EventHeaders.EVENT_TYPE)).contains("TutorLifecycleChanged");
    assertThat(dead.headers().lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)).isNull();
  }
}
