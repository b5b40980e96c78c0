package com.tutormax.api.records;

import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.r2dbc.core.DatabaseClient;

/** Valid contract events with test-chosen ids, published with deterministic event ids. */
final class RecordEvents {

  static final Duration WAIT = Duration.ofSeconds(60);

  /** A moment in the past that the field rules accept, whole seconds so it compares exactly. */
  static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(10));

  private RecordEvents() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The same event id for the same name, so a re-publication is a redelivery. */
  static UUID eventId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  static void publish(EventPublisher publisher, String eventName, TutorMaxEvent event) {
    try {
      publisher.send(event, eventId(eventName)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish " + eventName, e);
    }
  }

  static TutorRegistered tutor(String id, String name, DataSource source) {
    return new TutorRegistered(
        id,
        name,
        id.toLowerCase() + "@tutors.test",
        List.of("math", "physics"),
        "STEM",
        15,
        BASE.minus(Duration.ofDays(100)),
        source);
  }

  static StudentRegistered student(String id, String name, int age, boolean consent) {
    return new StudentRegistered(id, name, age, "7", consent, BASE, DataSource.SYNTHETIC);
  }

  static SessionRecorded session(
      String id, String tutorId, String studentId, Instant start, String subject) {
    return new SessionRecorded(
        id,
        tutorId,
        studentId,
        1,
        start,
        start.plusSeconds(120),
        55,
        subject,
        SessionRecorded.SessionType.ONE_ON_ONE,
        true,
        false,
        6.5,
        "schedule conflict, \"urgent\"",
        false,
        2,
        0.75,
        true,
        false,
        DataSource.SYNTHETIC);
  }

  static SessionRecorded noShow(String id, String tutorId, String studentId, Instant start) {
    return new SessionRecorded(
        id,
        tutorId,
        studentId,
        3,
        start,
        null,
        0,
        "english",
        SessionRecorded.SessionType.GROUP,
        false,
        false,
        null,
        null,
        true,
        0,
        0.0,
        false,
        true,
        DataSource.INGEST);
  }

  static FeedbackSubmitted feedback(
      String id, String sessionId, String tutorId, int rating, String freeText) {
    return new FeedbackSubmitted(
        id,
        sessionId,
        tutorId,
        "S-any",
        rating,
        4,
        5,
        3,
        4,
        5,
        true,
        true,
        FeedbackSubmitted.WorkAgain.MAYBE,
        List.of("late", "unclear"),
        freeText,
        BASE.plus(Duration.ofHours(3)),
        DataSource.SYNTHETIC);
  }

  static TutorActivityRecorded login(String id, String tutorId, Instant at) {
    return new TutorActivityRecorded(
        id,
        tutorId,
        TutorActivityRecorded.Kind.LOGIN,
        at,
        null,
        null,
        null,
        null,
        DataSource.SYNTHETIC);
  }

  static TutorActivityRecorded response(String id, String tutorId, Instant at, double minutes) {
    return new TutorActivityRecorded(
        id,
        tutorId,
        TutorActivityRecorded.Kind.MESSAGE_RESPONSE,
        at,
        minutes,
        null,
        null,
        null,
        DataSource.INGEST);
  }

  static TutorLifecycleChanged lifecycle(
      String tutorId, TutorLifecycleChanged.Change change, Instant at, String reason) {
    return new TutorLifecycleChanged(tutorId, change, at, reason, DataSource.SYNTHETIC);
  }

  static long count(DatabaseClient db, String sql, String id) {
    return db.sql(sql).bind("id", id).map(r -> r.get(0, Long.class)).one().block();
  }

  static void awaitTrue(BooleanSupplier condition) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
  }
}
