package com.tutormax.api.live.config;

import com.tutormax.api.live.web.DashboardSocket;
import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/** The dashboard's socket at /ws/dashboard and what feeds it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
public class LiveConfiguration {

  public static final String LISTENER_FACTORY = "liveListenerFactory";

  /** The socket's path (the gateway proxies /ws/** here; the dashboard connects to it). */
  public static final String PATH = "/ws/dashboard";

  /**
   * Latency over throughput: a fetch returns as soon as one record is there. A batch that cannot be
   * handled is retried briefly, then dead-lettered like any other.
   */
  @Bean(LISTENER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> liveListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters) {
    return BatchListenerFactory.create(
        configurer,
        consumerFactory,
        template,
        counters,
        1,
        Duration.ofSeconds(30),
        Map.of(
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500",
            ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100"));
  }

  @Bean
  ReactiveRedisMessageListenerContainer liveChannelContainer(
      ReactiveRedisConnectionFactory connections) {
    return new ReactiveRedisMessageListenerContainer(connections);
  }

  @Bean
  HandlerMapping dashboardSocketMapping(DashboardSocket socket) {
    return new SimpleUrlHandlerMapping(Map.of(PATH, socket), Ordered.HIGHEST_PRECEDENCE);
  }
}
