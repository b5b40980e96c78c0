package com.tutormax.training.history.config;

import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
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
    return BatchListenerFactory.intake(configurer, consumerFactory, template, counters, properties);
  }
}
