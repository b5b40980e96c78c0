package com.tutormax.common.kafka;

import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Failed records: retried a bounded number of times, then published to {@code <topic>.DLT} (same
 * partition) with why they failed and where they came from, and the partition moves on.
 */
public final class DeadLetters {

  private static final LogAccessor LOG = new LogAccessor(DeadLetters.class);

  private DeadLetters() {}

  public static DefaultErrorHandler errorHandler(
      KafkaOperations<Object, Object> template,
      EventCounters counters,
      int retryAttempts,
      long backoffMillis) {
    return errorHandler(template, counters, new FixedBackOff(backoffMillis, retryAttempts));
  }

  /** The same handler with another retry rhythm (batch listeners wait out a database restart). */
  public static DefaultErrorHandler errorHandler(
      KafkaOperations<Object, Object> template, EventCounters counters, BackOff backOff) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template,
            (record, ex) ->
                new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
    recoverer.setHeadersFunction(DeadLetters::reasonHeaders);
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, ex) -> {
              recoverer.accept(record, ex);
              counters.failed();
            },
            backOff);
    handler.setCommitRecovered(true);
    return handler;
  }

  /**
   * Publishes one consumed record to {@code <topic>.DLT} (same partition) with {@code reason}, for
   * listeners that find a record bad themselves (a batch listener's validation). The original
   * headers go along; a record that could not be decoded goes with its original bytes.
   */
  public static CompletableFuture<SendResult<Object, Object>> publish(
      KafkaOperations<Object, Object> template, ConsumerRecord<?, ?> record, String reason) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : record.headers()) {
      // The serialized deserialization exception is for this process only; the reason says it.
      if (!header.key().startsWith(KafkaUtils.DESERIALIZER_EXCEPTION_HEADER_PREFIX)) {
        headers.add(header);
      }
    }
    reasonHeaders(record, reason).forEach(headers::add);
    Object value = record.value();
    DeserializationException undecodable = deserializationFailure(record);
    if (value == null && undecodable != null) {
      value = undecodable.getData();
    }
    return template.send(
        new ProducerRecord<>(
            Topics.deadLetter(record.topic()), record.partition(), record.key(), value, headers));
  }

  /** Why the value of a record reached the listener as null, if it failed to deserialize. */
  public static DeserializationException deserializationFailure(ConsumerRecord<?, ?> record) {
    return SerializationUtils.getExceptionFromHeader(
        record, KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
  }

  static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception exception) {
    Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
    return reasonHeaders(record, root.getClass().getSimpleName() + ": " + root.getMessage());
  }

  private static Headers reasonHeaders(ConsumerRecord<?, ?> record, String reason) {
    String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.DLT_REASON, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(EventHeaders.DLT_ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
    String group = KafkaUtils.getConsumerGroupId();
    if (group != null) {
      headers.add(EventHeaders.DLT_GROUP, group.getBytes(StandardCharsets.UTF_8));
    }
    return headers;
  }
}
