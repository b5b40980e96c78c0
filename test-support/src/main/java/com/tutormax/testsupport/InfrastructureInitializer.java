package com.tutormax.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at the shared real servers. Fast settings for tests: few partitions,
 * frequent heartbeats, a quick outbox poll.
 */
public class InfrastructureInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** SECRET_KEY of every service under test, so tests can mint tokens any service accepts. */
  public static final String TEST_SECRET_KEY = "tutormax-test-secret-key-not-for-production";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Infrastructure infra = Infrastructure.get();
    Infrastructure.Postgres pg = infra.postgres();
    TestPropertyValues.of(
            "tutormax.db.host=" + pg.host(),
            "tutormax.db.port=" + pg.port(),
            "tutormax.db.name=" + pg.database(),
            "tutormax.db.username=" + pg.username(),
            "tutormax.db.password=" + pg.password(),
            "spring.data.redis.url=" + infra.redisUrl(),
            "spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
            "tutormax.kafka.partitions=2",
            "tutormax.heartbeat.interval=1s",
            "tutormax.outbox.poll-interval=50ms",
            "tutormax.security.secret-key=" + TEST_SECRET_KEY)
        .applyTo(context);
  }
}
