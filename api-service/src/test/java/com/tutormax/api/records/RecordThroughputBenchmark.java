package com.tutormax.api.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * How fast the system of record takes events from Kafka into PostgreSQL. Events are produced while
 * the record listeners are paused, then the listeners resume and the clock runs until every row is
 * stored: the figure is consume + validate + write, not production. Not part of the normal build:
 *
 * <pre>
 * ./mvnw -B -ntp verify -pl common,test-support,api-service -Dtest=RecordThroughputBenchmark \
 *   -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dspotless.check.skip=true [-Dbenchmark.sessions=100000]
 * </pre>
 */
@Tag("benchmark")
@ServiceIntegrationTest
class RecordThroughputBenchmark {

  private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 100_000);
  private static final List<String> SUBJECTS =
      java.util.Arrays.stream(SubjectFamily.values()).flatMap(f -> f.subjects().stream()).toList();

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired KafkaListenerEndpointRegistry listeners;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final Random random = new Random(42);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void sessionsOnly() {
    measure(
        "sessions only", Map.of("records-sessions", new Load("sessions", SESSIONS, this::session)));
  }

  /** The product's mix: per session, about 0.6 feedback and 0.6 activity events. */
  @Test
  void sessionsFeedbackAndActivity() {
    Map<String, Load> loads = new LinkedHashMap<>();
    loads.put("records-sessions", new Load("sessions", SESSIONS, this::session));
    loads.put("records-feedback", new Load("feedback", SESSIONS * 6 / 10, this::feedback));
    loads.put("records-activity", new Load("tutor_activity", SESSIONS * 6 / 10, this::activity));
    measure("sessions + feedback + activity", loads);
  }

  private record Load(String table, int events, IntFunction<TutorMaxEvent> event) {}

  private void measure(String name, Map<String, Load> loads) {
    Map<String, Long> before = new LinkedHashMap<>();
    loads.values().forEach(load -> before.put(load.table(), rows(load.table())));
    loads.keySet().forEach(id -> container(id).pause());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> loads.keySet().stream().allMatch(id -> container(id).isContainerPaused()));

    long produceStart = System.nanoTime();
    List<CompletableFuture<?>> sends = new ArrayList<>();
    int total = 0;
    for (Load load : loads.values()) {
      for (int i = 0; i < load.events(); i++) {
        sends.add(publisher.send(load.event().apply(i), UUID.randomUUID()));
      }
      total += load.events();
    }
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

    long start = System.nanoTime();
    loads.keySet().forEach(id -> container(id).resume());
    await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                loads.values().stream()
                    .allMatch(l -> rows(l.table()) - before.get(l.table()) >= l.events()));
    double seconds = (System.nanoTime() - start) / 1e9;

    for (Load load : loads.values()) {
      assertThat(rows(load.table()) - before.get(load.table())).isEqualTo(load.events());
    }
    System.out.printf(
        "%n[benchmark] %s: %,d events produced in %.1f s; stored in %.2f s = %,.0f rows/s%n%n",
        name, total, produceSeconds, seconds, total / seconds);
  }

  private MessageListenerContainer container(String id) {
    return listeners.getListenerContainer(id);
  }

  private long rows(String table) {
    return db.sql("SELECT count(*) FROM " + table).map(r -> r.get(0, Long.class)).one().block();
  }

  private String tutor() {
    return "BT-" + random.nextInt(300);
  }

  private Instant past() {
    return now.minus(Duration.ofMinutes(60 + random.nextInt(90 * 24 * 60)));
  }

  private SessionRecorded session(int i) {
    Instant start = past();
    boolean noShow = random.nextDouble() < 0.05;
    boolean rescheduled = !noShow && random.nextDouble() < 0.1;
    return new SessionRecorded(
        "BS-" + run + "-" + i,
        tutor(),
        "BST-" + random.nextInt(3000),
        1 + random.nextInt(40),
        start,
        noShow ? null : start.plusSeconds(random.nextInt(600)),
        noShow ? 0 : 30 + random.nextInt(60),
        SUBJECTS.get(random.nextInt(SUBJECTS.size())),
        SessionRecorded.SessionType.ONE_ON_ONE,
        rescheduled,
        false,
        rescheduled ? 12.0 : null,
        rescheduled ? "conflict" : null,
        noShow,
        noShow ? 0 : random.nextInt(10),
        random.nextDouble(),
        random.nextBoolean(),
        random.nextDouble() < 0.05,
        DataSource.SYNTHETIC);
  }

  private FeedbackSubmitted feedback(int i) {
    boolean first = random.nextDouble() < 0.1;
    return new FeedbackSubmitted(
        "BF-" + run + "-" + i,
        "BS-" + run + "-" + i,
        tutor(),
        "BST-" + random.nextInt(3000),
        1 + random.nextInt(5),
        1 + random.nextInt(5),
        1 + random.nextInt(5),
        1 + random.nextInt(5),
        1 + random.nextInt(5),
        1 + random.nextInt(5),
        random.nextBoolean(),
        first,
        first ? FeedbackSubmitted.WorkAgain.YES : null,
        first ? List.of("late") : List.of(),
        random.nextDouble() < 0.3 ? "Helpful session, thanks!" : null,
        past(),
        DataSource.SYNTHETIC);
  }

  private TutorActivityRecorded activity(int i) {
    return new TutorActivityRecorded(
        "BA-" + run + "-" + i,
        tutor(),
        TutorActivityRecorded.Kind.MESSAGE_RESPONSE,
        past(),
        random.nextDouble() * 120,
        null,
        null,
        null,
        DataSource.SYNTHETIC);
  }
}
