package com.tutormax.churn.scoring.config;

import com.tutormax.churn.models.config.ModelProperties;
import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.security.ServiceTokens;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChurnProperties.class, ModelProperties.class})
@EnableScheduling
public class ChurnConfiguration {

  /** The container factory of the intake listeners (batches, one consumer per topic). */
  public static final String BATCH_FACTORY = "churnBatchListenerFactory";

  /** The intake's consumer group. */
  public static final String INTAKE_GROUP = "${spring.application.name}-intake";

  /** This service's token for calling another fleet service (training's model artifacts). */
  @Bean
  ServiceTokens serviceTokens(SecretKey jwtSigningKey, Clock clock) {
    return new ServiceTokens(jwtSigningKey, "churn-service", clock);
  }

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> churnBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      ChurnProperties properties) {
    return BatchListenerFactory.intake(configurer, consumerFactory, template, counters, properties);
  }
}
