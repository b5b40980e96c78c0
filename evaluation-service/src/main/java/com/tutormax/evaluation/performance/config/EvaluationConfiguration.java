package com.tutormax.evaluation.performance.config;

import com.tutormax.common.heartbeat.ConsumerLag;
import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationProperties.class)
@EnableScheduling
public class EvaluationConfiguration {

  /** The container factory of the intake listeners (batches, one consumer per topic). */
  public static final String BATCH_FACTORY = "evaluationBatchListenerFactory";

  /** The intake's consumer group; DayCloser asks the broker how much of it is still unread. */
  public static final String INTAKE_GROUP = "${spring.application.name}-intake";

  /** How much of each input partition the intake has still to read (DayCloser). */
  @Bean
  ConsumerLag intakeLag(AdminClient tutormaxAdminClient) {
    return new ConsumerLag(tutormaxAdminClient);
  }

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> evaluationBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      EvaluationProperties properties) {
    // Small slices per partition keep the partitions of a topic close in event time during a
    // backfill, so a day waits less for the slowest one (DayCloser.watermark).
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
        BatchListenerFactory.create(
            configurer,
            consumerFactory,
            template,
            counters,
            1,
            properties.retryFor(),
            Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                Integer.toString(properties.maxPollRecords()),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                "262144",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                Long.toString(properties.fetchMaxWait().toMillis())));
    return factory;
  }
}
