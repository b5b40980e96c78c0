package com.tutormax.api.records.config;

import com.tutormax.api.records.domain.StudentNameCipher;
import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.kafka.DeadLetters;
import com.tutormax.common.kafka.EventCounters;
import java.security.SecureRandom;
import java.util.Properties;
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
import org.springframework.util.backoff.ExponentialBackOff;

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
    ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    configurer.configure(factory, consumerFactory);
    factory.setBatchListener(true);
    factory.setConcurrency(properties.concurrency());
    // Only a failing database reaches the error handler (bad records are dead-lettered by the
    // listener): wait it out with growing pauses before giving the batch up to the DLT.
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(properties.retryFor().toMillis());
    factory.setCommonErrorHandler(DeadLetters.errorHandler(template, counters, backOff));
    Properties consumer = new Properties();
    consumer.setProperty(
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(properties.maxPollRecords()));
    consumer.setProperty(
        ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(properties.fetchMinBytes()));
    consumer.setProperty(
        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
        Long.toString(properties.fetchMaxWait().toMillis()));
    factory.getContainerProperties().setKafkaConsumerProperties(consumer);
    return factory;
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
