package com.tutormax.evaluation.performance.config;

import com.tutormax.common.kafka.DeadLetters;
import com.tutormax.common.kafka.EventCounters;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationProperties.class)
@EnableScheduling
public class EvaluationConfiguration {

  /** The container factory of the intake listeners (batches, one consumer per topic). */
  public static final String BATCH_FACTORY = "evaluationBatchListenerFactory";

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> evaluationBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      EvaluationProperties properties) {
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    configurer.configure(factory, consumerFactory);
    factory.setBatchListener(true);
    factory.setConcurrency(1);
    // Bad records are dead-lettered by the listener; only a failing database gets here: wait it
    // out with growing pauses, then give the batch up to the DLT.
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(properties.retryFor().toMillis());
    factory.setCommonErrorHandler(DeadLetters.errorHandler(template, counters, backOff));
    Properties consumer = new Properties();
    consumer.setProperty(
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(properties.maxPollRecords()));
    // Small slices per partition keep the partitions of a topic close in event time during a
    // backfill (DayCloser.MAX_LATENESS).
    consumer.setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "262144");
    consumer.setProperty(
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
        Long.toString(properties.fetchMaxWait().toMillis()));
    factory.getContainerProperties().setKafkaConsumerProperties(consumer);
    return factory;
  }
}
