package com.tutormax.api.notifications.config;

import com.tutormax.api.notifications.domain.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery worker (runs only with an SMTP host): every {@code interval} it sends due notices,
 * {@code batchSize} per claim. A failed send is retried after {@code firstRetryAfter}, doubling up
 * to {@code maxRetryAfter}; after {@code maxAttempts} the notice is FAILED. A claimed notice whose
 * worker vanished is taken up again after {@code claimLease} (longer than a send can take). Notices
 * older than {@code staleAfter} are not sent any more (e.g. recorded while no server was
 * configured: a week-old reminder would hold an expired link).
 */
@ConfigurationProperties("tutormax.notifications.delivery")
public record DeliveryProperties(
    @DefaultValue("10s") Duration interval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("1m") Duration firstRetryAfter,
    @DefaultValue("1h") Duration maxRetryAfter,
    @DefaultValue("5m") Duration claimLease,
    @DefaultValue("7d") Duration staleAfter) {

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, firstRetryAfter, maxRetryAfter);
  }
}
