package com.tutormax.common.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.JobRequested;
import com.tutormax.common.events.Topics;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * common's job support on real PostgreSQL and Kafka: a service with a {@link ScheduledJob} bean
 * performs the scheduler's requests for it once per run id (a request delivered twice runs the job
 * once and is reported once), ignores requests for other services, and reports failures (a job that
 * fails, a job it has no handler for) as FAILED with the error.
 */
@ServiceIntegrationTest
@Import(ScheduledJobsIntegrationTest.CountingJob.class)
class ScheduledJobsIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Counts its runs by the "tag" parameter; fails when asked to. */
  static class CountingJob implements ScheduledJob {
    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "count-job";
    }

    @Override
    public Mono<Map<String, Long>> run(Map<String, String> parameters) {
      return Mono.fromCallable(
          () -> {
            int n =
                RUNS.computeIfAbsent(parameters.get("tag"), k -> new AtomicInteger())
                    .incrementAndGet();
            if (parameters.containsKey("fail")) {
              throw new IllegalStateException(parameters.get("fail"));
            }
            return Map.of(
                "n", (long) n, "items", Long.parseLong(parameters.getOrDefault("items", "0")));
          });
    }
  }

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  private static JobRequested request(
      String runId, String job, String service, Map<String, String> parameters) {
    Instant now = Instant.now();
    return new JobRequested(runId, job, service, parameters, now, now);
  }

  private List<JsonNode> reports(String runId) {
    return db.sql("SELECT payload FROM outbox WHERE topic = :topic AND event_key = :key")
        .bind("topic", Topics.JOB_RESULTS)
        .bind("key", runId)
        .map(r -> JSON.readTree(r.get("payload", String.class)))
        .all()
        .collectList()
        .block(WAIT);
  }

  @Test
  void aRequestDeliveredTwiceRunsTheJobOnceAndIsReportedOnce() throws Exception {
    String tag = UUID.randomUUID().toString();
    String runId = "count-job@" + tag;
    JobRequested request =
        request(runId, "count-job", "backbone-test", Map.of("tag", tag, "items", "7"));
    publisher.publish(request).block(WAIT);
    publisher.publish(request).block(WAIT); // redelivered: another event id, the same run
    String otherTag = UUID.randomUUID().toString();
    publisher
        .publish(
            request("count-job@" + otherTag, "count-job", "other-service", Map.of("tag", otherTag)))
        .block(WAIT);

    TopicProbe.await(Topics.JOB_RESULTS, WAIT, r -> runId.equals(r.key()));
    await().atMost(WAIT).until(() -> reports(runId).size() == 1);
    Thread.sleep(2_000); // the duplicate has been consumed by now (one partition per key)
    assertThat(CountingJob.RUNS.get(tag).get()).isEqualTo(1);
    assertThat(CountingJob.RUNS).doesNotContainKey(otherTag);
    JsonNode report = reports(runId).get(0);
    assertThat(reports(runId)).hasSize(1);
    assertThat(report.path("outcome").asString()).isEqualTo("SUCCEEDED");
    assertThat(report.path("service").asString()).isEqualTo("backbone-test");
    assertThat(report.path("counts").path("items").asLong()).isEqualTo(7);
    assertThat(report.path("durationMillis").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(reports("count-job@" + otherTag)).isEmpty();
  }

  @Test
  void failuresAreReportedWithTheirError() {
    String tag = UUID.randomUUID().toString();
    String failing = "count-job@" + tag;
    publisher
        .publish(
            request(failing, "count-job", "backbone-test", Map.of("tag", tag, "fail", "disk full")))
        .block(WAIT);
    String unknown = "no-such-job@" + UUID.randomUUID();
    publisher.publish(request(unknown, "no-such-job", "backbone-test", Map.of())).block(WAIT);

    await().atMost(WAIT).until(() -> reports(failing).size() == 1 && reports(unknown).size() == 1);
    JsonNode failed = reports(failing).get(0);
    assertThat(failed.path("outcome").asString()).isEqualTo("FAILED");
    assertThat(failed.path("error").asString()).contains("disk full");
    JsonNode missing = reports(unknown).get(0);
    assertThat(missing.path("outcome").asString()).isEqualTo("FAILED");
    assertThat(missing.path("error").asString()).contains("no handler for job no-such-job");
  }
}
