package com.tutormax.common.autoconfigure;

import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.db.Migrations;
import com.tutormax.common.events.Topics;
import com.tutormax.common.heartbeat.ConsumerLag;
import com.tutormax.common.heartbeat.HeartbeatPublisher;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.common.kafka.DeadLetters;
import com.tutormax.common.kafka.EventCounters;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.kafka.KafkaHealthIndicator;
import com.tutormax.common.outbox.OutboxRelay;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.common.validation.EventValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The backbone every service gets: migrations at start, the contract's topics, dead letters,
 * outbox, idempotent consumers, Kafka health and heartbeats.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
      "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
      "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
      "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
    })
@EnableConfigurationProperties(TutorMaxProperties.class)
public class BackboneAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Applies the service's changelog before anything uses its schema. */
  @Bean(name = "tutormaxMigrations")
  Migrations tutormaxMigrations(TutorMaxProperties properties) {
    Migrations migrations = new Migrations(properties.db());
    migrations.update();
    return migrations;
  }

  @Bean
  EventCounters eventCounters(MeterRegistry registry, Clock clock) {
    return new EventCounters(registry, clock);
  }

  @Bean
  KafkaAdmin.NewTopics tutormaxTopics(TutorMaxProperties properties) {
    List<NewTopic> topics = new ArrayList<>();
    for (String topic : Topics.ALL) {
      topics.add(newTopic(topic, properties.kafka()));
      topics.add(newTopic(Topics.deadLetter(topic), properties.kafka()));
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  private static NewTopic newTopic(String name, TutorMaxProperties.Kafka kafka) {
    return new NewTopic(name, kafka.partitions(), kafka.replicationFactor());
  }

  @Bean
  CommonErrorHandler tutormaxErrorHandler(
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      TutorMaxProperties properties) {
    return DeadLetters.errorHandler(
        template,
        counters,
        properties.kafka().retryAttempts(),
        properties.kafka().retryBackoff().toMillis());
  }

  @Bean(destroyMethod = "close")
  AdminClient tutormaxAdminClient(KafkaAdmin kafkaAdmin) {
    return AdminClient.create(kafkaAdmin.getConfigurationProperties());
  }

  @Bean
  KafkaHealthIndicator kafkaHealthIndicator(AdminClient tutormaxAdminClient) {
    return new KafkaHealthIndicator(tutormaxAdminClient);
  }

  /** The publisher everyone gets; a service may add specialised ones and ask for them by name. */
  @Bean
  @Primary
  EventPublisher eventPublisher(
      KafkaTemplate<Object, Object> template, TutorMaxProperties properties) {
    return new EventPublisher(template, properties.serviceName());
  }

  @Bean
  @ConditionalOnMissingBean
  TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
    return TransactionalOperator.create(transactionManager);
  }

  @Bean
  @DependsOn("tutormaxMigrations")
  ProcessedEvents processedEvents(
      DatabaseClient db, TransactionalOperator transactions, EventCounters counters) {
    return new ProcessedEvents(db, transactions, counters);
  }

  @Bean
  BatchIntake batchIntake(
      ProcessedEvents processed,
      TransactionalOperator transactions,
      KafkaTemplate<Object, Object> template,
      EventCounters counters,
      Clock clock) {
    return new BatchIntake(processed, transactions, template, counters, new EventValidator(clock));
  }

  @Bean
  @DependsOn("tutormaxMigrations")
  OutboxWriter outboxWriter(
      DatabaseClient db, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
    return new OutboxWriter(db, currentTraceparent(tracer, propagator));
  }

  @Bean
  @DependsOn("tutormaxMigrations")
  OutboxRelay outboxRelay(
      DatabaseClient db,
      TransactionalOperator transactions,
      KafkaTemplate<Object, Object> template,
      TutorMaxProperties properties,
      MeterRegistry registry,
      ObjectProvider<Tracer> tracer,
      ObjectProvider<Propagator> propagator) {
    return new OutboxRelay(
        db,
        transactions,
        template,
        properties.serviceName(),
        properties.outbox().pollInterval(),
        properties.outbox().batchSize(),
        registry,
        tracer.getIfAvailable(),
        propagator.getIfAvailable());
  }

  @Bean
  HeartbeatPublisher heartbeatPublisher(
      TutorMaxProperties properties,
      Map<String, ReactiveHealthContributor> contributors,
      ObjectProvider<KafkaListenerEndpointRegistry> listeners,
      AdminClient tutormaxAdminClient,
      EventCounters counters,
      EventPublisher publisher,
      Clock clock) {
    return new HeartbeatPublisher(
        properties.serviceName(),
        properties.instanceId(),
        properties.version(),
        properties.heartbeat().interval(),
        dependencyIndicators(contributors),
        listeners.getIfAvailable(),
        new ConsumerLag(tutormaxAdminClient),
        counters,
        publisher,
        clock);
  }

  /**
   * Health beans by dependency name: r2dbcHealthContributor → r2dbc, kafkaHealthIndicator → kafka.
   */
  static Map<String, ReactiveHealthIndicator> dependencyIndicators(
      Map<String, ReactiveHealthContributor> contributors) {
    Map<String, ReactiveHealthIndicator> indicators = new LinkedHashMap<>();
    new java.util.TreeMap<>(contributors)
        .forEach(
            (bean, contributor) -> {
              if (contributor instanceof ReactiveHealthIndicator indicator) {
                String name = bean.replaceFirst("Health(Contributor|Indicator)$", "");
                indicators.put(name, indicator);
              }
            });
    return indicators;
  }

  private static Supplier<String> currentTraceparent(
      ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
    return () -> {
      Tracer tracer = tracers.getIfAvailable();
      Propagator propagator = propagators.getIfAvailable();
      if (tracer == null || propagator == null) {
        return null;
      }
      Span span = tracer.currentSpan();
      if (span == null) {
        return null;
      }
      Map<String, String> carrier = new HashMap<>();
      propagator.inject(span.context(), carrier, Map::put);
      return carrier.get("traceparent");
    };
  }
}
