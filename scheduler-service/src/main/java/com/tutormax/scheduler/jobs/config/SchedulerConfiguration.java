package com.tutormax.scheduler.jobs.config;

import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.kafka.BatchListenerFactory;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.scheduler.jobs.service.LeaderTicker;
import com.tutormax.scheduler.jobs.service.Scheduling;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
public class SchedulerConfiguration {

  /** The container factory of the JobFinished intake. */
  public static final String BATCH_FACTORY = "schedulerBatchListenerFactory";

  /** The intake's consumer group. */
  public static final String INTAKE_GROUP = "${spring.application.name}-intake";

  /** The Redis key space of the scheduler's locks. */
  public static final String LOCK_REGISTRY_KEY = "tutormax-scheduler";

  @Bean(BATCH_FACTORY)
  ConcurrentKafkaListenerContainerFactory<Object, Object> schedulerBatchListenerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<Object, Object> consumerFactory,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      SchedulerProperties properties) {
    return BatchListenerFactory.intake(configurer, consumerFactory, template, counters, properties);
  }

  /** The leader lock's registry: Spring Integration's expiring, owner-checked Redis locks. */
  @Bean(destroyMethod = "destroy")
  RedisLockRegistry schedulerLockRegistry(
      RedisConnectionFactory redis, SchedulerProperties properties) {
    return new RedisLockRegistry(redis, LOCK_REGISTRY_KEY, properties.leaderLease().toMillis());
  }

  /** This instance's ticker (named by its instance id in logs). */
  @Bean
  LeaderTicker leaderTicker(
      RedisLockRegistry schedulerLockRegistry,
      Scheduling scheduling,
      SchedulerProperties properties,
      TutorMaxProperties tutormax) {
    return new LeaderTicker(schedulerLockRegistry, scheduling, properties, tutormax.instanceId());
  }
}
