package com.tutormax.common.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The container factory of a service's batch listeners (Boot's settings, then batches). The
 * listeners dead-letter bad records themselves; only a failing database reaches the error handler,
 * which waits it out with growing pauses for {@code retryFor} before giving the batch up to the
 * dead-letter topic.
 */
public final class BatchListenerFactory {

  private BatchListenerFactory() {}

  /**
   * One consumer per topic, batches of up to {@link IntakeSettings#maxPollRecords}, the broker
   * waiting at most {@link IntakeSettings#fetchMaxWait} to fill one: what a service's intake
   * listeners usually need.
   */
  public static ConcurrentKafkaListenerContainerFactory<Object, Object> intake(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      IntakeSettings settings) {
    return create(
        configurer,
        consumerFactory,
        template,
        counters,
        1,
        settings.retryFor(),
        Map.of(
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            Integer.toString(settings.maxPollRecords()),
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
            Long.toString(settings.fetchMaxWait().toMillis())));
  }

  public static ConcurrentKafkaListenerContainerFactory<Object, Object> create(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      int concurrency,
      Duration retryFor,
      Map<String, String> consumerSettings) {
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    configurer.configure(factory, consumerFactory);
    factory.setBatchListener(true);
    factory.setConcurrency(concurrency);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(retryFor.toMillis());
    factory.setCommonErrorHandler(DeadLetters.errorHandler(template, counters, backOff));
    Properties consumer = new Properties();
    consumer.putAll(consumerSettings);
    factory.getContainerProperties().setKafkaConsumerProperties(consumer);
    return factory;
  }
}
