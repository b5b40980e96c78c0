package com.tutormax.common.kafka;

import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.validation.EventValidator;
import com.tutormax.common.validation.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * For batch listeners: tells the records a consumer can use from the ones it must dead-letter
 * (undecodable, of another type, breaking the field rules), and dead-letters those with the reason,
 * waiting for the broker's acknowledgement so offsets are committed only after.
 */
public final class BatchScreen {

  private static final Logger log = LoggerFactory.getLogger(BatchScreen.class);

  private BatchScreen() {}

  /** A record that cannot be used, and why. */
  public record Rejected(ConsumerRecord<?, ?> record, String reason) {}

  /** Why the record cannot be used as an {@code type}, or null when it can. */
  public static String problem(
      ConsumerRecord<?, ? extends TutorMaxEvent> record,
      Class<? extends TutorMaxEvent> type,
      EventValidator validator) {
    TutorMaxEvent value = record.value();
    if (value == null) {
      DeserializationException undecodable = DeadLetters.deserializationFailure(record);
      if (undecodable == null) {
        return "empty record value";
      }
      Throwable cause = NestedExceptionUtils.getMostSpecificCause(undecodable);
      return "undecodable: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
    if (!type.isInstance(value)) {
      return "unexpected event type " + value.getClass().getSimpleName() + " on " + record.topic();
    }
    List<FieldError> errors = validator.validate(value);
    return errors.isEmpty()
        ? null
        : "invalid: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  public static void deadLetter(
      KafkaOperations<Object, Object> kafka, List<Rejected> rejected, Duration timeout) {
    if (rejected.isEmpty()) {
      return;
    }
    List<CompletableFuture<?>> sends = new ArrayList<>();
    for (Rejected r : rejected) {
      log.warn(
          "Dead-lettering {}-{}@{}: {}",
          r.record().topic(),
          r.record().partition(),
          r.record().offset(),
          r.reason());
      sends.add(DeadLetters.publish(kafka, r.record(), r.reason()));
    }
    try {
      CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while dead-lettering", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Dead letters were not acknowledged", e);
    }
  }
}
