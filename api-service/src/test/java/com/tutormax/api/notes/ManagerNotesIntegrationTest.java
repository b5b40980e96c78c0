package com.tutormax.api.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.common.kafka.EventPublisher;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Manager notes: staff write them with the token's user as author (never the request's), only the
 * author edits, the author or an ADMIN deletes, texts are 1–2,000 characters, and nobody but staff
 * reads or writes them.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerNotesIntegrationTest {

  @Autowired EventPublisher publisher;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient web;

  private final String tutor = "T-notes-" + UUID.randomUUID().toString().substring(0, 8);
  private final String notes = "/api/tutors/" + tutor + "/notes";
  private final String authorId = UUID.randomUUID().toString();
  private final String author =
      TestTokens.token(authorId, Duration.ofMinutes(10), null, "OPS_MANAGER");
  private final String colleague = TestTokens.forRoles("PEOPLE_OPS");
  private final String admin = TestTokens.forRoles("ADMIN");

  @BeforeAll
  void seed() throws Exception {
    publisher
        .send(
            new TutorRegistered(
                tutor,
                "Nora Notes",
                tutor.toLowerCase() + "@tutors.test",
                List.of("math"),
                "STEM",
                15,
                Instant.now().minus(Duration.ofDays(30)),
                DataSource.SYNTHETIC),
            UUID.nameUUIDFromBytes(tutor.getBytes(StandardCharsets.UTF_8)))
        .get(30, TimeUnit.SECONDS);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                db.sql("SELECT count(*) FROM tutors WHERE tutor_id = :id")
                        .bind("id", tutor)
                        .map(r -> r.get(0, Long.class))
                        .one()
                        .block()
                    == 1);
  }

  private EntityExchangeResult<byte[]> call(
      HttpMethod method, String uri, String token, Object body) {
    WebTestClient.RequestBodySpec request = web.method(method).uri(uri);
    if (token != null) {
      request.headers(h -> h.setBearerAuth(token));
    }
    WebTestClient.RequestHeadersSpec<?> ready =
        body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    return ready.exchange().expectBody().returnResult();
  }

  private String create(String token, String text) {
    EntityExchangeResult<byte[]> created =
        call(HttpMethod.POST, notes, token, Map.of("body", text));
    assertThat(created.getStatus().value()).isEqualTo(201);
    String json = new String(created.getResponseBody(), StandardCharsets.UTF_8);
    return json.replaceAll(".*\"noteId\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void theAuthorIsTheSignedInUserAndOnlyTheyEdit() {
    String id = create(author, "  Talked about the reschedules; agreed a plan.  ");
    web.get()
        .uri(notes)
        .headers(h -> h.setBearerAuth(colleague))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.noteId == '" + id + "')].authorId")
        .isEqualTo(List.of(authorId))
        .jsonPath("$[?(@.noteId == '" + id + "')].authorEmail")
        .isEqualTo(List.of(authorId + "@tutormax.test"))
        .jsonPath("$[?(@.noteId == '" + id + "')].body")
        .isEqualTo(List.of("Talked about the reschedules; agreed a plan."));

    EntityExchangeResult<byte[]> refused =
        call(HttpMethod.PUT, notes + "/" + id, colleague, Map.of("body", "rewritten"));
    assertThat(refused.getStatus().value()).isEqualTo(403);
    assertThat(
            refused
                .getResponseHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(
            call(HttpMethod.PUT, notes + "/" + id, admin, Map.of("body", "x")).getStatus().value())
        .as("not even an admin edits someone else's note")
        .isEqualTo(403);

    EntityExchangeResult<byte[]> edited =
        call(HttpMethod.PUT, notes + "/" + id, author, Map.of("body", "Plan agreed."));
    assertThat(edited.getStatus().value()).isEqualTo(200);
    assertThat(new String(edited.getResponseBody(), StandardCharsets.UTF_8))
        .contains("\"body\":\"Plan agreed.\"", "\"authorId\":\"" + authorId + "\"");
  }

  @Test
  void aRequestThatNamesAnAuthorIsRefused() {
    for (String field : List.of("authorId", "author", "authorEmail")) {
      EntityExchangeResult<byte[]> refused =
          call(HttpMethod.POST, notes, colleague, Map.of("body", "hello", field, authorId));
      assertThat(refused.getStatus().value()).as(field).isEqualTo(400);
    }
    String id = create(author, "mine");
    assertThat(
            call(
                    HttpMethod.PUT,
                    notes + "/" + id,
                    author,
                    Map.of("body", "x", "authorId", "someone"))
                .getStatus()
                .value())
        .isEqualTo(400);
  }

  @Test
  void textsAreOneToTwoThousandCharacters() {
    for (Object body :
        List.of(
            Map.of("body", ""),
            Map.of("body", "   "),
            Map.of(),
            Map.of("body", "x".repeat(2001)))) {
      EntityExchangeResult<byte[]> refused = call(HttpMethod.POST, notes, author, body);
      assertThat(refused.getStatus().value()).as(body.toString()).isEqualTo(400);
      assertThat(new String(refused.getResponseBody(), StandardCharsets.UTF_8))
          .contains("\"detail\"");
    }
    create(author, "é".repeat(2000));
    String id = create(author, "short");
    assertThat(
            call(HttpMethod.PUT, notes + "/" + id, author, Map.of("body", "")).getStatus().value())
        .isEqualTo(400);
  }

  @Test
  void theAuthorOrAnAdminDeletesAndNobodyElse() {
    String mine = create(author, "to delete");
    assertThat(call(HttpMethod.DELETE, notes + "/" + mine, colleague, null).getStatus().value())
        .isEqualTo(403);
    assertThat(call(HttpMethod.DELETE, notes + "/" + mine, author, null).getStatus().value())
        .isEqualTo(204);
    assertThat(call(HttpMethod.DELETE, notes + "/" + mine, author, null).getStatus().value())
        .isEqualTo(404);
    String moderated = create(colleague, "to be removed by an admin");
    assertThat(call(HttpMethod.DELETE, notes + "/" + moderated, admin, null).getStatus().value())
        .isEqualTo(204);
    assertThat(
            db.sql("SELECT count(*) FROM audit_log WHERE action = 'NOTE_DELETED' AND details = :d")
                .bind("d", "note " + moderated)
                .map(r -> r.get(0, Long.class))
                .one()
                .block())
        .isEqualTo(1);
  }

  @Test
  void unknownTutorsAndNotesAreProblem404s() {
    String other = "/api/tutors/T-nobody-" + UUID.randomUUID() + "/notes";
    assertThat(call(HttpMethod.GET, other, author, null).getStatus().value()).isEqualTo(404);
    assertThat(call(HttpMethod.POST, other, author, Map.of("body", "x")).getStatus().value())
        .isEqualTo(404);
    String id = create(author, "on this tutor");
    assertThat(
            call(HttpMethod.PUT, other + "/" + id, author, Map.of("body", "moved?"))
                .getStatus()
                .value())
        .as("a note is addressed under its own tutor")
        .isEqualTo(404);
  }

  @Test
  void notesAppearOnTheProfileNewestFirst() {
    create(author, "first");
    String second = create(colleague, "second");
    web.get()
        .uri("/api/tutors/" + tutor + "/profile")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.notes[0].noteId")
        .isEqualTo(second);
  }

  @Test
  void onlyStaffReadOrWriteNotes() {
    for (String role : List.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")) {
      assertThat(call(HttpMethod.GET, notes, TestTokens.forRoles(role), null).getStatus().value())
          .isEqualTo(200);
    }
    String tutorToken = TestTokens.token(tutor, Duration.ofMinutes(5), tutor, "TUTOR");
    for (String token : List.of(tutorToken, TestTokens.forRoles("STUDENT"))) {
      assertThat(call(HttpMethod.GET, notes, token, null).getStatus().value()).isEqualTo(403);
      assertThat(call(HttpMethod.POST, notes, token, Map.of("body", "x")).getStatus().value())
          .isEqualTo(403);
    }
    assertThat(call(HttpMethod.GET, notes, null, null).getStatus().value()).isEqualTo(401);
    assertThat(call(HttpMethod.POST, notes, null, Map.of("body", "x")).getStatus().value())
        .isEqualTo(401);
  }
}
