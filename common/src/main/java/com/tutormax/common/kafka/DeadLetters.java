package com.tutormax.common.kafka;

import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Failed records: retried a bounded number of times, then published to {@code <topic>.DLT} (same
 * partition) with why they failed and where they came from, and the partition moves on.
 */
public final class DeadLetters {

  private DeadLetters() {}

  public static DefaultErrorHandler errorHandler(
      KafkaOperations<Object, Object> template,
      EventCounters counters,
      int retryAttempts,
      long backoffMillis) {
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
            new FixedBackOff(backoffMillis, retryAttempts));
    handler.setCommitRecovered(true);
    return handler;
  }

  static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception exception) {
    Throwable root = NestedExceptionUtils.getMostSpecificCause(exception);
    String reason = root.getClass().getSimpleName() + ": " + root.getMessage();
    String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.DLT_REASON, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(EventHeaders.DLT_ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
    return headers;
  }
}
