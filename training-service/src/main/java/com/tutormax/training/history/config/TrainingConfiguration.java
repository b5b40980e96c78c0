package com.tutormax.training.history.config;

import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
public class TrainingConfiguration {

  /** The container factory of the intake listeners (batches, one consumer per topic). */
  public static final String BATCH_FACTORY = "trainingBatchListenerFactory";

  /** The intake's consumer group. */
  public static final String INTAKE_GROUP = "${spring.application.name}-intake";

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> trainingBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      TrainingProperties properties) {
    return BatchListenerFactory.create(
        configurer,
        consumerFactory,
        template,
        counters,
        1,
        properties.retryFor(),
        Map.of(
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            Integer.toString(properties.maxPollRecords()),
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
            Long.toString(properties.fetchMaxWait().toMillis())));
  }
}
