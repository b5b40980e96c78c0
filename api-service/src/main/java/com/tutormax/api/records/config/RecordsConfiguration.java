package com.tutormax.api.records.config;

import com.tutormax.api.records.domain.StudentNameCipher;
import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import java.security.SecureRandom;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordsProperties.class)
public class RecordsConfiguration {

  /** The container factory of the record listeners; other listeners keep Boot's default one. */
  public static final String BATCH_FACTORY = "recordsBatchListenerFactory";

  private static final Logger log = LoggerFactory.getLogger(RecordsConfiguration.class);

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> recordsBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      RecordsProperties properties) {
    return BatchListenerFactory.create(
        configurer,
        consumerFactory,
        template,
        counters,
        properties.concurrency(),
        properties.retryFor(),
        Map.of(
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            Integer.toString(properties.maxPollRecords()),
            ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
            Integer.toString(properties.fetchMinBytes()),
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
            Long.toString(properties.fetchMaxWait().toMillis())));
  }

  /**
   * Keyed from SECRET_KEY. Without one (local runs only; production refuses to start) a random key
   * serves this process, and names stored meanwhile cannot be read after a restart.
   */
  @Bean
  StudentNameCipher studentNameCipher(TutorMaxProperties properties) {
    String secret = properties.security().secretKey();
    if (secret == null || secret.isBlank()) {
      log.warn(
          "SECRET_KEY is not set: student names are encrypted with a random key for this process"
              + " only and cannot be read after a restart");
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      return new StudentNameCipher(key);
    }
    return StudentNameCipher.fromSecret(secret);
  }
}
