package com.tutormax.api.notifications.delivery;

import com.tutormax.api.notifications.config.DeliveryProperties;
import com.tutormax.api.notifications.domain.Notification;
import com.tutormax.api.notifications.domain.RetryPolicy;
import com.tutormax.api.notifications.persistence.DeliveryQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the notices that are due: claims a batch, emails each (on boundedElastic: JavaMail blocks)
 * and records SENT, or a retry after the policy's backoff, or FAILED after the last attempt. Holds
 * no lock of its own: the claim in the database keeps any number of these, in one instance or
 * several, from sending a notice twice. A notice is sent at least once: if the service stops
 * between the server taking a message and SENT being stored, the claim's lease runs out and the
 * notice is sent again.
 */
public class NotificationDelivery {

  private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

  /** One claim's outcome: notices claimed, sent, queued for a retry, and given up (FAILED). */
  public record Round(int claimed, int sent, int retrying, int failed) {

    static final Round NONE = new Round(0, 0, 0, 0);

    Round plus(Round other) {
      return new Round(
          claimed + other.claimed,
          sent + other.sent,
          retrying + other.retrying,
          failed + other.failed);
    }
  }

  private final DeliveryQueue queue;
  private final NoticeMailer mailer;
  private final DeliveryProperties properties;
  private final RetryPolicy retries;
  private final Clock clock;

  public NotificationDelivery(
      DeliveryQueue queue, NoticeMailer mailer, DeliveryProperties properties, Clock clock) {
    this.queue = queue;
    this.mailer = mailer;
    this.properties = properties;
    this.retries = properties.retryPolicy();
    this.clock = clock;
  }

  /** Claims and sends one batch of due notices. */
  public Mono<Round> deliverDue() {
    Instant now = clock.instant();
    return queue
        .claim(
            now,
            properties.batchSize(),
            properties.claimLease(),
            now.minus(properties.staleAfter()))
        .concatMap(this::deliver)
        .reduce(Round.NONE, Round::plus);
  }

  /** Batches until fewer than a full batch was due. */
  public Mono<Round> drain() {
    return deliverDue()
        .expand(round -> round.claimed() == properties.batchSize() ? deliverDue() : Mono.empty())
        .reduce(Round.NONE, Round::plus);
  }

  private Mono<Round> deliver(Notification notice) {
    // Only the send's failure counts as a failed attempt: a failure to record SENT afterwards
    // leaves the claim to run out (and the notice to be sent again) rather than retry at once.
    return Mono.fromCallable(() -> send(notice))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            failure ->
                failure.isEmpty()
                    ? queue
                        .sent(notice.id(), notice.attempts(), clock.instant())
                        .thenReturn(new Round(1, 1, 0, 0))
                    : failed(notice, failure.get()));
  }

  private Optional<Throwable> send(Notification notice) {
    try {
      mailer.send(notice);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e);
    }
  }

  private Mono<Round> failed(Notification notice, Throwable error) {
    Optional<Instant> retryAt =
        retries.delayAfter(notice.attempts()).map(delay -> clock.instant().plus(delay));
    String reason = describe(error);
    log.warn(
        "Notice {} not sent (attempt {} of {}): {}; {}",
        notice.id(),
        notice.attempts(),
        retries.maxAttempts(),
        reason,
        retryAt.map(at -> "retry at " + at).orElse("giving up (FAILED)"));
    return queue
        .failed(notice.id(), notice.attempts(), reason, retryAt.orElse(null))
        .thenReturn(retryAt.isPresent() ? new Round(1, 0, 1, 0) : new Round(1, 0, 0, 1));
  }

  private static String describe(Throwable error) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
  }
}
