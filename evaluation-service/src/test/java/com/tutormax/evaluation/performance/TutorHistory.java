package com.tutormax.evaluation.performance;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A hand-built tutor history: events with stable ids, so publishing it again is a replay. */
final class TutorHistory {

  final String tutorId;
  final LocalDate joined;
  private final Map<String, TutorMaxEvent> events = new java.util.LinkedHashMap<>();

  TutorHistory(String tutorId, LocalDate joined) {
    this.tutorId = tutorId;
    this.joined = joined;
    events.put(
        "joined",
        new TutorRegistered(
            tutorId,
            "Hand Built",
            tutorId.toLowerCase() + "@tutors.test",
            List.of("math"),
            "STEM",
            10,
            at(joined, 8),
            DataSource.INGEST));
  }

  static Instant at(LocalDate day, int hour) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(hour));
  }

  /** A held session at {@code hour} on {@code day}, rated {@code rating} (0: not rated). */
  TutorHistory session(LocalDate day, int hour, int number, boolean objectives, int rating) {
    String id = tutorId + "-" + day + "-" + hour;
    Instant start = at(day, hour);
    events.put(
        id,
        new SessionRecorded(
            id,
            tutorId,
            "ST-" + tutorId,
            number,
            start,
            start,
            60,
            "math",
            SessionRecorded.SessionType.ONE_ON_ONE,
            false,
            false,
            null,
            null,
            false,
            0,
            0.8,
            objectives,
            false,
            DataSource.INGEST));
    if (rating > 0) {
      events.put(
          id + "-f",
          new FeedbackSubmitted(
              id + "-f",
              id,
              tutorId,
              "ST-" + tutorId,
              rating,
              4,
              4,
              4,
              4,
              4,
              true,
              number == 1,
              number == 1 ? FeedbackSubmitted.WorkAgain.YES : null,
              List.of(),
              null,
              start.plus(Duration.ofMinutes(90)),
              DataSource.INGEST));
    }
    return this;
  }

  TutorHistory noShow(LocalDate day, int hour) {
    String id = tutorId + "-" + day + "-" + hour;
    events.put(
        id,
        new SessionRecorded(
            id,
            tutorId,
            "ST-" + tutorId,
            2,
            at(day, hour),
            null,
            0,
            "math",
            SessionRecorded.SessionType.ONE_ON_ONE,
            false,
            false,
            null,
            null,
            true,
            0,
            0.0,
            false,
            false,
            DataSource.INGEST));
    return this;
  }

  TutorHistory login(LocalDate day, int hour) {
    String id = tutorId + "-login-" + day + "-" + hour;
    events.put(
        id,
        new TutorActivityRecorded(
            id,
            tutorId,
            TutorActivityRecorded.Kind.LOGIN,
            at(day, hour),
            null,
            null,
            null,
            null,
            DataSource.INGEST));
    return this;
  }

  TutorHistory response(LocalDate day, int hour, double minutes) {
    String id = tutorId + "-response-" + day + "-" + hour;
    events.put(
        id,
        new TutorActivityRecorded(
            id,
            tutorId,
            TutorActivityRecorded.Kind.MESSAGE_RESPONSE,
            at(day, hour),
            minutes,
            null,
            null,
            null,
            DataSource.INGEST));
    return this;
  }

  List<String> names() {
    return new ArrayList<>(events.keySet());
  }

  /** Publishes every event with its stable id and waits for the broker. */
  void publish(EventPublisher publisher) {
    events.forEach(
        (name, event) -> {
          try {
            publisher
                .send(
                    event,
                    UUID.nameUUIDFromBytes((tutorId + "|" + name).getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + name, e);
          }
        });
  }
}
