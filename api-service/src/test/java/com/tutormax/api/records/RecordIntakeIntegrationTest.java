package com.tutormax.api.records;

import static com.tutormax.api.records.RecordEvents.BASE;
import static com.tutormax.api.records.RecordEvents.WAIT;
import static com.tutormax.api.records.RecordEvents.awaitTrue;
import static com.tutormax.api.records.RecordEvents.count;
import static com.tutormax.api.records.RecordEvents.publish;
import static com.tutormax.api.records.RecordEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.EventHeaders;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorLifecycleChanged.Change;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.kafka.EventRecords;
import com.tutormax.testsupport.Infrastructure;
import com.tutormax.testsupport.ServiceIntegrationTest;
import com.tutormax.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Contract events through Kafka into the system of record, on real Kafka and PostgreSQL. */
@ServiceIntegrationTest
class RecordIntakeIntegrationTest {

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;

  private long sessionsOf(String tutorId) {
    return count(db, "SELECT count(*) FROM sessions WHERE tutor_id = :id", tutorId);
  }

  private long feedbackOf(String tutorId) {
    return count(db, "SELECT count(*) FROM feedback WHERE tutor_id = :id", tutorId);
  }

  @Test
  void everyTopicIsStoredWithItsValues() {
    String tutor = unique("T");
    String student = unique("S");
    String name = "Ada O'Brien, \"the\" {first} \\ tutor";
    publish(publisher, tutor, RecordEvents.tutor(tutor, name, DataSource.INGEST));
    publish(publisher, student, RecordEvents.student(student, "Zoë Student", 12, true));
    Instant start = BASE.plus(Duration.ofHours(9));
    publish(
        publisher,
        tutor + "-s1",
        RecordEvents.session(tutor + "-s1", tutor, student, start, "math"));
    publish(publisher, tutor + "-s2", RecordEvents.noShow(tutor + "-s2", tutor, student, start));
    publish(
        publisher,
        tutor + "-f1",
        RecordEvents.feedback(tutor + "-f1", tutor + "-s1", tutor, 4, "Clear, \"patient\"; {ok}"));
    publish(publisher, tutor + "-a1", RecordEvents.response(tutor + "-a1", tutor, start, 12.5));

    awaitTrue(
        () ->
            count(db, "SELECT count(*) FROM tutors WHERE tutor_id = :id", tutor) == 1
                && count(db, "SELECT count(*) FROM students WHERE student_id = :id", student) == 1
                && sessionsOf(tutor) == 2
                && feedbackOf(tutor) == 1
                && count(db, "SELECT count(*) FROM tutor_activity WHERE tutor_id = :id", tutor)
                    == 1);

    Map<String, Object> t = row("SELECT * FROM tutors WHERE tutor_id = :id", tutor);
    assertThat(t.get("name")).isEqualTo(name);
    assertThat((String[]) t.get("subjects")).containsExactly("math", "physics");
    assertThat(t).containsEntry("subject_family", "STEM").containsEntry("source", "INGEST");
    assertThat(t).containsEntry("status", "ACTIVE").containsEntry("baseline_sessions_per_week", 15);

    Map<String, Object> s = row("SELECT * FROM sessions WHERE session_id = :id", tutor + "-s1");
    assertThat(((OffsetDateTime) s.get("scheduled_start")).toInstant()).isEqualTo(start);
    assertThat(((OffsetDateTime) s.get("actual_start")).toInstant())
        .isEqualTo(start.plusSeconds(120));
    assertThat(s).containsEntry("student_id", student).containsEntry("session_type", "ONE_ON_ONE");
    assertThat(s)
        .containsEntry("reschedule_notice_hours", 6.5)
        .containsEntry("tutor_rescheduled", true);
    assertThat(s).containsEntry("reschedule_reason", "schedule conflict, \"urgent\"");
    assertThat(s).containsEntry("engagement_score", 0.75).containsEntry("duration_minutes", 55);
    Map<String, Object> noShow =
        row("SELECT * FROM sessions WHERE session_id = :id", tutor + "-s2");
    assertThat(noShow.get("actual_start")).isNull();
    assertThat(noShow.get("reschedule_notice_hours")).isNull();
    assertThat(noShow).containsEntry("no_show", true).containsEntry("source", "INGEST");

    Map<String, Object> f = row("SELECT * FROM feedback WHERE feedback_id = :id", tutor + "-f1");
    assertThat((String[]) f.get("improvement_areas")).containsExactly("late", "unclear");
    assertThat(f)
        .containsEntry("free_text", "Clear, \"patient\"; {ok}")
        .containsEntry("work_again", "MAYBE");
    assertThat(f).containsEntry("overall_rating", (short) 4);

    Map<String, Object> a = row("SELECT * FROM tutor_activity WHERE tutor_id = :id", tutor);
    assertThat(a).containsEntry("kind", "MESSAGE_RESPONSE").containsEntry("response_minutes", 12.5);

    // The name is stored sealed: never as plain text.
    byte[] sealed =
        db.sql("SELECT name_enc FROM students WHERE student_id = :id")
            .bind("id", student)
            .map(r -> r.get(0, byte[].class))
            .one()
            .block();
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Student");
    assertThat(sealed[0]).isEqualTo((byte) 1);
  }

  @Test
  void redeliveredAndDuplicatedRecordsAreStoredOnce() {
    String tutor = unique("T");
    for (int i = 1; i <= 3; i++) {
      String id = tutor + "-s" + i;
      publish(publisher, id, RecordEvents.session(id, tutor, "S-1", BASE.plusSeconds(i), "math"));
    }
    publish(
        publisher,
        tutor + "-f1",
        RecordEvents.feedback(tutor + "-f1", tutor + "-s1", tutor, 5, null));
    awaitTrue(() -> sessionsOf(tutor) == 3 && feedbackOf(tutor) == 1);

    // The same events again (a redelivery), and the same session under a new event id twice in a
    // row (a producer retry): same key, so one partition, likely one batch.
    for (int i = 1; i <= 3; i++) {
      String id = tutor + "-s" + i;
      publish(publisher, id, RecordEvents.session(id, tutor, "S-1", BASE.plusSeconds(i), "math"));
    }
    publish(
        publisher,
        tutor + "-f1",
        RecordEvents.feedback(tutor + "-f1", tutor + "-s1", tutor, 5, null));
    var again = RecordEvents.session(tutor + "-s2", tutor, "S-1", BASE.plusSeconds(2), "math");
    publish(publisher, tutor + "-retry-a", again);
    publish(publisher, tutor + "-retry-b", again);
    // Records of one key are consumed in order: once this one is stored, so are those before it.
    String marker = tutor + "-s4";
    publish(
        publisher, marker, RecordEvents.session(marker, tutor, "S-1", BASE.plusSeconds(4), "math"));
    publish(publisher, tutor + "-f2", RecordEvents.feedback(tutor + "-f2", marker, tutor, 3, null));
    awaitTrue(() -> sessionsOf(tutor) == 4 && feedbackOf(tutor) == 2);

    assertThat(count(db, "SELECT count(*) FROM sessions WHERE session_id = :id", tutor + "-s2"))
        .isEqualTo(1);
    assertThat(sessionsOf(tutor)).isEqualTo(4);
    assertThat(feedbackOf(tutor)).isEqualTo(2);
  }

  @Test
  void badRecordsGoToTheDeadLetterTopicWithTheReasonAndTheirBatchIsStored() throws Exception {
    String tutor = unique("T");
    publish(
        publisher, tutor + "-ok1", RecordEvents.feedback(tutor + "-ok1", "X-1", tutor, 5, null));
    publish(
        publisher, tutor + "-bad", RecordEvents.feedback(tutor + "-bad", "X-2", tutor, 7, null));
    try (KafkaProducer<String, byte[]> raw = rawProducer()) {
      ProducerRecord<String, byte[]> garbage =
          new ProducerRecord<>(
              Topics.FEEDBACK, tutor, "{not json".getBytes(StandardCharsets.UTF_8));
      garbage.headers().add(EventHeaders.EVENT_TYPE, "FeedbackSubmitted".getBytes());
      raw.send(garbage).get();
    }
    // Passes the field rules, but PostgreSQL refuses a NUL character in text.
    publish(
        publisher,
        tutor + "-nul",
        RecordEvents.feedback(tutor + "-nul", "X-3", tutor, 4, "bad \u0000 byte"));
    publish(
        publisher, tutor + "-ok2", RecordEvents.feedback(tutor + "-ok2", "X-4", tutor, 2, null));

    List<ConsumerRecord<String, byte[]>> dead =
        TopicProbe.awaitAll(
            Topics.deadLetter(Topics.FEEDBACK), WAIT, r -> tutor.equals(r.key()), 3);
    awaitTrue(() -> feedbackOf(tutor) == 2);

    assertThat(reason(dead.get(0))).startsWith("invalid: ").contains("overall_rating");
    assertThat(EventRecords.header(dead.get(0).headers(), EventHeaders.EVENT_ID)).isPresent();
    assertThat(reason(dead.get(1))).startsWith("undecodable: ");
    assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(reason(dead.get(2))).startsWith("refused by the database: SQLSTATE 22");
    assertThat(EventRecords.header(dead.get(2).headers(), EventHeaders.DLT_ORIGIN))
        .hasValueSatisfying(o -> assertThat(o).startsWith(Topics.FEEDBACK + "-"));
    assertThat(count(db, "SELECT count(*) FROM feedback WHERE feedback_id = :id", tutor + "-ok1"))
        .isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM feedback WHERE feedback_id = :id", tutor + "-ok2"))
        .isEqualTo(1);
  }

  @Test
  void lifecycleChangesBeforeTheTutorStillSetTheStatusAndOlderOnesNeverWin() {
    String tutor = unique("T");
    Instant resigned = BASE.plus(Duration.ofDays(2));
    publish(
        publisher, tutor + "-l1", RecordEvents.lifecycle(tutor, Change.INACTIVE, BASE, "quiet"));
    publish(
        publisher,
        tutor + "-l2",
        RecordEvents.lifecycle(tutor, Change.RESIGNED, resigned, "moved"));
    awaitTrue(
        () -> count(db, "SELECT count(*) FROM tutor_lifecycle WHERE tutor_id = :id", tutor) == 2);

    publish(publisher, tutor, RecordEvents.tutor(tutor, "Late Arrival", DataSource.SYNTHETIC));
    awaitTrue(() -> "RESIGNED".equals(status(tutor).get("status")));
    assertThat(status(tutor)).containsEntry("status_reason", "moved");
    assertThat(((OffsetDateTime) status(tutor).get("status_changed_at")).toInstant())
        .isEqualTo(resigned);

    publish(
        publisher,
        tutor + "-l3",
        RecordEvents.lifecycle(tutor, Change.REACTIVATED, resigned.plusSeconds(60), "back"));
    awaitTrue(() -> "ACTIVE".equals(status(tutor).get("status")));
    // A change that happened earlier but arrives last does not override the latest one.
    publish(
        publisher,
        tutor + "-l4",
        RecordEvents.lifecycle(tutor, Change.INACTIVE, resigned.minusSeconds(60), "late news"));
    awaitTrue(
        () -> count(db, "SELECT count(*) FROM tutor_lifecycle WHERE tutor_id = :id", tutor) == 4);
    assertThat(status(tutor))
        .containsEntry("status", "ACTIVE")
        .containsEntry("status_reason", "back");
  }

  private Map<String, Object> status(String tutor) {
    return row(
        "SELECT status, status_changed_at, status_reason FROM tutors WHERE tutor_id = :id", tutor);
  }

  private Map<String, Object> row(String sql, String id) {
    return db.sql(sql).bind("id", id).fetch().one().defaultIfEmpty(Map.of()).block();
  }

  private static String reason(ConsumerRecord<String, byte[]> record) {
    return EventRecords.header(record.headers(), EventHeaders.DLT_REASON).orElse("");
  }

  private static KafkaProducer<String, byte[]> rawProducer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Infrastructure.get().kafkaBootstrapServers(),
            ProducerConfig.CLIENT_ID_CONFIG,
            "records-test-" + UUID.randomUUID()),
        new StringSerializer(),
        new ByteArraySerializer());
  }
}
