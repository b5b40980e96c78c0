package com.tutormax.common.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Kafka is up when the cluster answers a describe-cluster within the timeout. */
public class KafkaHealthIndicator extends AbstractReactiveHealthIndicator {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private final AdminClient admin;

  public KafkaHealthIndicator(AdminClient admin) {
    super("Kafka health check failed");
    this.admin = admin;
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    return Mono.fromCallable(
            () -> {
              DescribeClusterResult cluster =
                  admin.describeCluster(
                      new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
              String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
              int nodes = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
              return builder
                  .up()
                  .withDetail("clusterId", clusterId)
                  .withDetail("nodes", nodes)
                  .build();
            })
        .subscribeOn(Schedulers.boundedElastic());
  }
}
