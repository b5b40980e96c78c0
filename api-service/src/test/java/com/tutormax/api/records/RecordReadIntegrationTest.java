package com.tutormax.api.records;

import static com.tutormax.api.records.RecordEvents.BASE;
import static com.tutormax.api.records.RecordEvents.awaitTrue;
import static com.tutormax.api.records.RecordEvents.count;
import static com.tutormax.api.records.RecordEvents.publish;
import static com.tutormax.api.records.RecordEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.records.domain.RecordCounts;
import com.tutormax.api.records.domain.RecordCounts.TableCount;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The read APIs of the system of record: paging, filters and who sees what. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordReadIntegrationTest {

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;
  @Autowired UserRepository users;

  private final String tutor = unique("TA");
  private final String other = unique("TB");
  private final String student = unique("S");
  private final Instant day0 = BASE.plus(Duration.ofHours(8));
  private final String ops = TestTokens.forRoles("OPS_MANAGER");
  private final String peopleOps = TestTokens.forRoles("PEOPLE_OPS");

  /** Tutor A: five sessions on five days (math ×3, physics, no-show english), two feedback. */
  @BeforeAll
  void seed() {
    publish(publisher, tutor, RecordEvents.tutor(tutor, "Tutor A", DataSource.SYNTHETIC));
    publish(publisher, other, RecordEvents.tutor(other, "Tutor B", DataSource.INGEST));
    publish(publisher, student, RecordEvents.student(student, "Mia Minor", 11, true));
    for (int i = 0; i < 5; i++) {
      String id = tutor + "-s" + i;
      Instant start = day0.plus(Duration.ofDays(i));
      var session =
          i == 4
              ? RecordEvents.noShow(id, tutor, student, start)
              : RecordEvents.session(id, tutor, student, start, i == 3 ? "physics" : "math");
      publish(publisher, id, session);
    }
    publish(
        publisher,
        other + "-s0",
        RecordEvents.session(other + "-s0", other, student, day0, "math"));
    publish(
        publisher,
        tutor + "-f0",
        RecordEvents.feedback(tutor + "-f0", tutor + "-s0", tutor, 5, "great"));
    publish(
        publisher,
        tutor + "-f1",
        RecordEvents.feedback(tutor + "-f1", tutor + "-s1", tutor, 3, null));
    publish(
        publisher,
        other + "-f0",
        RecordEvents.feedback(other + "-f0", other + "-s0", other, 2, null));
    publish(publisher, tutor + "-a0", RecordEvents.login(tutor + "-a0", tutor, day0));
    publish(publisher, tutor + "-a1", RecordEvents.response(tutor + "-a1", tutor, day0, 30));
    awaitTrue(
        () ->
            count(db, "SELECT count(*) FROM sessions WHERE tutor_id = :id", tutor) == 5
                && count(db, "SELECT count(*) FROM sessions WHERE tutor_id = :id", other) == 1
                && count(db, "SELECT count(*) FROM feedback WHERE tutor_id = :id", tutor) == 2
                && count(db, "SELECT count(*) FROM feedback WHERE tutor_id = :id", other) == 1
                && count(db, "SELECT count(*) FROM tutor_activity WHERE tutor_id = :id", tutor) == 2
                && count(db, "SELECT count(*) FROM tutors WHERE tutor_id = :id", other) == 1
                && count(db, "SELECT count(*) FROM tutors WHERE tutor_id = :id", tutor) == 1
                && count(db, "SELECT count(*) FROM students WHERE student_id = :id", student) == 1);
  }

  /** For body assertions (which read the body and so free the connection). */
  private WebTestClient.ResponseSpec get(String token, String uri) {
    return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
  }

  /** The whole response, body read, so its pooled connection is released. */
  private EntityExchangeResult<byte[]> call(String token, String uri) {
    return get(token, uri).expectBody().returnResult();
  }

  private void expectStatus(String token, String uri, HttpStatus status) {
    assertThat(call(token, uri).getStatus()).as(uri).isEqualTo(status);
  }

  @Test
  void sessionsPageNewestFirstWithTheTotal() {
    get(ops, "/api/sessions?tutor_id=" + tutor + "&size=2")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(5)
        .jsonPath("$.page")
        .isEqualTo(0)
        .jsonPath("$.size")
        .isEqualTo(2)
        .jsonPath("$.items.length()")
        .isEqualTo(2)
        .jsonPath("$.items[0].sessionId")
        .isEqualTo(tutor + "-s4")
        .jsonPath("$.items[0].noShow")
        .isEqualTo(true)
        .jsonPath("$.items[1].sessionId")
        .isEqualTo(tutor + "-s3");
    get(ops, "/api/sessions?tutor_id=" + tutor + "&size=2&page=2")
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].sessionId")
        .isEqualTo(tutor + "-s0")
        .jsonPath("$.items[0].scheduledStart")
        .isEqualTo(day0.toString())
        .jsonPath("$.items[0].rescheduleReason")
        .isEqualTo("schedule conflict, \"urgent\"");
  }

  @Test
  void sessionsFilterBySubjectSourceStudentAndTime() {
    String base = "/api/sessions?tutor_id=" + tutor;
    get(ops, base + "&subject=physics").expectBody().jsonPath("$.total").isEqualTo(1);
    get(ops, base + "&subject=MATH").expectBody().jsonPath("$.total").isEqualTo(3);
    get(ops, base + "&source=ingest").expectBody().jsonPath("$.total").isEqualTo(1);
    get(ops, "/api/sessions?student_id=" + student).expectBody().jsonPath("$.total").isEqualTo(6);
    LocalDate first = LocalDate.ofInstant(day0, ZoneOffset.UTC);
    // Dates are whole UTC days, both included: days 1..2 hold two sessions.
    get(ops, base + "&from=" + first.plusDays(1) + "&to=" + first.plusDays(2))
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(2);
    // Instants are half-open: [day 1 08:00, day 2 08:00) holds one.
    get(
            ops,
            base
                + "&from="
                + day0.plus(Duration.ofDays(1))
                + "&to="
                + day0.plus(Duration.ofDays(2)))
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1);
    get(ops, "/api/sessions/" + tutor + "-s3")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo("physics")
        .jsonPath("$.engagementScore")
        .isEqualTo(0.75);
  }

  @Test
  void badParametersAreProblemsAndUnknownIdsAreNotFound() {
    for (String query :
        new String[] {
          "size=201",
          "size=0",
          "page=-1",
          "from=yesterday",
          "subject=astrology",
          "source=MARS",
          "from=2026-11-03T00:00:01Z&to=2026-11-02",
          "from=2026-11-03&to=2026-11-01"
        }) {
      EntityExchangeResult<byte[]> result = call(ops, "/api/sessions?" + query);
      assertThat(result.getStatus()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(result.getResponseHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    expectStatus(ops, "/api/tutors?status=retired", HttpStatus.BAD_REQUEST);
    expectStatus(ops, "/api/tutors/" + tutor + "/activity?kind=dancing", HttpStatus.BAD_REQUEST);
    get(ops, "/api/sessions/nope-" + UUID.randomUUID())
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("No such session");
    expectStatus(ops, "/api/tutors/nope", HttpStatus.NOT_FOUND);
    expectStatus(ops, "/api/students/nope", HttpStatus.NOT_FOUND);
  }

  @Test
  void tutorsFeedbackAndActivityFilter() {
    get(peopleOps, "/api/tutors/" + tutor)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Tutor A")
        .jsonPath("$.subjects[1]")
        .isEqualTo("physics")
        .jsonPath("$.status")
        .isEqualTo("ACTIVE")
        .jsonPath("$.subjectFamily")
        .isEqualTo("STEM");
    get(ops, "/api/tutors?subject=physics&subject_family=stem&status=ACTIVE&source=INGEST&size=200")
        .expectBody()
        .jsonPath("$.items[?(@.tutorId == '" + other + "')]")
        .exists()
        .jsonPath("$.items[?(@.tutorId == '" + tutor + "')]")
        .doesNotExist();
    get(ops, "/api/feedback?tutor_id=" + tutor)
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(2)
        .jsonPath("$.items[0].improvementAreas[0]")
        .isEqualTo("late");
    get(ops, "/api/feedback?session_id=" + tutor + "-s1")
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].overallRating")
        .isEqualTo(3);
    get(ops, "/api/tutors/" + tutor + "/activity?kind=login")
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].activityId")
        .isEqualTo(tutor + "-a0");
    get(ops, "/api/tutors/" + tutor + "/activity").expectBody().jsonPath("$.total").isEqualTo(2);
  }

  @Test
  void aTutorSeesOnlyTheirOwnRecordsAndNeverStudents() {
    // No tutor_id claim: the tutor is found through their account.
    UUID userId = UUID.randomUUID();
    users
        .insert(
            new User(
                userId,
                userId + "@tutors.test",
                "Tutor A",
                null,
                User.Status.ACTIVE,
                tutor,
                null,
                0,
                null,
                Set.of(Role.TUTOR)))
        .block();
    String viaAccount = TestTokens.token(userId.toString(), Duration.ofMinutes(5), null, "TUTOR");
    String viaClaim = TestTokens.token("someone", Duration.ofMinutes(5), tutor, "TUTOR");
    for (String own : new String[] {viaAccount, viaClaim}) {
      get(own, "/api/sessions?size=200")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.total")
          .isEqualTo(5)
          .jsonPath("$.items[?(@.tutorId != '" + tutor + "')]")
          .doesNotExist();
      get(own, "/api/tutors").expectBody().jsonPath("$.items[0].tutorId").isEqualTo(tutor);
      get(own, "/api/tutors").expectBody().jsonPath("$.total").isEqualTo(1);
      expectStatus(own, "/api/tutors/" + tutor, HttpStatus.OK);
      expectStatus(own, "/api/sessions/" + tutor + "-s0", HttpStatus.OK);
      // FERPA: ratings and comments, never who gave them.
      get(own, "/api/feedback")
          .expectBody()
          .jsonPath("$.total")
          .isEqualTo(2)
          .jsonPath("$.items[0].overallRating")
          .exists()
          .jsonPath("$.items[0].studentId")
          .doesNotExist()
          .jsonPath("$.items[0].sessionId")
          .doesNotExist();
      // Another tutor's data: 404, the same as for data that does not exist.
      expectStatus(own, "/api/tutors/" + other, HttpStatus.NOT_FOUND);
      expectStatus(own, "/api/sessions/" + other + "-s0", HttpStatus.NOT_FOUND);
      expectStatus(own, "/api/sessions?tutor_id=" + other, HttpStatus.NOT_FOUND);
      expectStatus(own, "/api/feedback?tutor_id=" + other, HttpStatus.NOT_FOUND);
      expectStatus(own, "/api/students/" + student, HttpStatus.FORBIDDEN);
      expectStatus(own, "/api/tutors/" + tutor + "/activity", HttpStatus.FORBIDDEN);
    }
    String unlinked = TestTokens.forRoles("TUTOR");
    expectStatus(unlinked, "/api/sessions", HttpStatus.NOT_FOUND);
    expectStatus(TestTokens.forRoles("STUDENT"), "/api/sessions", HttpStatus.FORBIDDEN);
  }

  @Test
  void staffReadStudentsDecryptedAndEveryReadIsAudited() {
    UUID reader = UUID.randomUUID();
    String token = TestTokens.token(reader.toString(), Duration.ofMinutes(5), null, "PEOPLE_OPS");
    get(token, "/api/students/" + student)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Mia Minor")
        .jsonPath("$.age")
        .isEqualTo(11)
        .jsonPath("$.gradeLevel")
        .isEqualTo("7")
        .jsonPath("$.parentalConsent")
        .isEqualTo(true)
        .jsonPath("$.nameEnc")
        .doesNotExist();
    long audited =
        db.sql(
                "SELECT count(*) FROM audit_log WHERE action = 'STUDENT_READ' AND actor_id = :a"
                    + " AND target_id = :s")
            .bind("a", reader)
            .bind("s", student)
            .map(r -> r.get(0, Long.class))
            .one()
            .block();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void countsMatchTheTablesPerSource() {
    String sql = "SELECT count(*) FROM sessions WHERE source = :id";
    long syntheticBefore = count(db, sql, "SYNTHETIC");
    long ingestBefore = count(db, sql, "INGEST");
    RecordCounts counts =
        get(ops, "/api/records/counts")
            .expectStatus()
            .isOk()
            .expectBody(RecordCounts.class)
            .returnResult()
            .getResponseBody();
    // Other tests' records may still be arriving: the answer lies between two direct counts.
    assertThat(counts.sessions().bySource().get("SYNTHETIC"))
        .isBetween(syntheticBefore, count(db, sql, "SYNTHETIC"));
    assertThat(counts.sessions().bySource().get("INGEST"))
        .isBetween(ingestBefore, count(db, sql, "INGEST"));
    for (TableCount table :
        List.of(
            counts.tutors(),
            counts.students(),
            counts.sessions(),
            counts.feedback(),
            counts.activity(),
            counts.lifecycle())) {
      assertThat(table.bySource()).containsKeys("SYNTHETIC", "INGEST");
      assertThat(table.total())
          .isEqualTo(table.bySource().values().stream().mapToLong(Long::longValue).sum());
    }
    assertThat(counts.tutors().bySource().get("INGEST")).isPositive();
    assertThat(counts.activity().bySource().get("INGEST")).isPositive();
    expectStatus(peopleOps, "/api/records/counts", HttpStatus.FORBIDDEN);
  }

  @Test
  void everyReadOfRecordsIsAuditedWithWhoWhatAndOutcome() {
    String tutorToken = TestTokens.token("reader-" + tutor, Duration.ofMinutes(5), tutor, "TUTOR");
    expectStatus(ops, "/api/sessions?tutor_id=" + tutor, HttpStatus.OK);
    expectStatus(tutorToken, "/api/tutors/" + other, HttpStatus.NOT_FOUND);
    awaitTrue(
        () ->
            count(
                        db,
                        "SELECT count(*) FROM audit_log WHERE action = 'RECORDS_READ'"
                            + " AND target_type = 'sessions' AND outcome = 'SUCCESS'"
                            + " AND details = :id",
                        "/api/sessions?tutor_id=" + tutor)
                    == 1
                && count(
                        db,
                        "SELECT count(*) FROM audit_log WHERE action = 'RECORDS_READ'"
                            + " AND actor = :id AND outcome = 'DENIED'",
                        "reader-" + tutor + "@tutormax.test")
                    == 1);
  }
}
