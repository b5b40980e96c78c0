package com.tutormax.api.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.validation.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecordKindTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void aSessionBecomesItsContractEventWithDefaultsAndCanonicalCase() {
    ParsedRecord read =
        RecordKind.SESSION.read(
            json(
                "{'session_id':'SES-1','tutor_id':'T-1','student_id':'S-1','session_number':2,"
                    + "'scheduled_start':'2026-11-02T10:30:00+01:00','actual_start':null,"
                    + "'duration_minutes':0,'subject':' Math ','session_type':'One_On_One',"
                    + "'no_show':true,'engagement_score':0,'learning_objectives_met':false}"));

    assertThat(read.errors()).isEmpty();
    assertThat(read.id()).isEqualTo("SES-1");
    assertThat(read.event())
        .isEqualTo(
            new SessionRecorded(
                "SES-1",
                "T-1",
                "S-1",
                2,
                Instant.parse("2026-11-02T09:30:00Z"),
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
  }

  @Test
  void everyUnreadableFieldIsReportedAtOnce() {
    ParsedRecord read =
        RecordKind.SESSION.read(
            json(
                "{'session_id':7,'tutor_id':'T-1','student_id':'S-1','session_number':1.5,"
                    + "'scheduled_start':'2026-11-02 09:30','duration_minutes':'60',"
                    + "'subject':'math','session_type':'pair','no_show':'no',"
                    + "'engagement_score':1e400,'late_start_minutes':99999999999,"
                    + "'colour':'blue'}"));

    assertThat(read.errors())
        .containsExactly(
            new FieldError("session_id", "must be a string"),
            new FieldError("session_number", "must be a whole number"),
            new FieldError("scheduled_start", RecordReader.TIMESTAMP_FORMAT),
            new FieldError("duration_minutes", "must be a whole number"),
            new FieldError("session_type", "must be one of one_on_one, group"),
            new FieldError("no_show", "must be true or false"),
            new FieldError("late_start_minutes", "is out of range"),
            new FieldError("engagement_score", "must be a finite number"),
            new FieldError("learning_objectives_met", "is required"),
            new FieldError("colour", "is not a field of this record"));
  }

  @Test
  void laterChecksDoNotRepeatAFieldThatCouldNotBeRead() {
    ParsedRecord read =
        RecordKind.TUTOR.read(json("{'tutor_id':'T-1','subjects':['math',5,'knitting']}"));
    assertThat(read.errors()).contains(new FieldError("subjects[1]", "must be a string"));

    ParsedRecord checked =
        read.withErrors(
            java.util.List.of(
                new FieldError("subjects[1]", "is required"),
                new FieldError("subjects[2]", "unknown subject 'knitting'")));

    assertThat(checked.errors())
        .filteredOn(e -> e.field().startsWith("subjects"))
        .containsExactly(
            new FieldError("subjects[1]", "must be a string"),
            new FieldError("subjects[2]", "unknown subject 'knitting'"));
  }

  @Test
  void aHostileRecordGetsABoundedAnswer() {
    StringBuilder fields = new StringBuilder("{");
    for (int i = 0; i < 5_000; i++) {
      fields.append(i == 0 ? "" : ",").append("'f").append(i).append("':1");
    }
    ParsedRecord read = RecordKind.LIFECYCLE.read(json(fields.append("}").toString()));
    assertThat(read.errors())
        .filteredOn(e -> e.message().equals("is not a field of this record"))
        .hasSize(RecordReader.MAX_UNKNOWN_FIELDS_REPORTED);
  }

  @Test
  void anItemThatIsNotAnObjectIsRejectedAsAWhole() {
    assertThat(RecordKind.FEEDBACK.read(json("[1]")).errors())
        .containsExactly(new FieldError(ParsedRecord.WHOLE_RECORD, "must be a JSON object"));
  }

  @Test
  void eventIdsDeriveFromTheNaturalIdAlone() {
    assertThat(RecordKind.SESSION.eventId("SES-1"))
        .isEqualTo(RecordKind.SESSION.eventId("SES-1"))
        .isEqualTo(UUID.nameUUIDFromBytes("ingest:session:SES-1".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(RecordKind.FEEDBACK.eventId("SES-1"));
  }
}
