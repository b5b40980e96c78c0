package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.domain.FirstSessionCheckinMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A notice is recorded once per dedupe key, rendered, and admins (only) list it and put a FAILED
 * one back in the queue. This context has no SMTP server (a local run): nothing is sent.
 */
@ServiceIntegrationTest
class NotificationsIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired NotificationService notifications;
  @Autowired DatabaseClient db;

  @Test
  void aNoticeIsRecordedOncePerKeyAndAdminsListIt() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String email = "tutor-" + id + "@example.org";
    Notice notice =
        new Notice(
            NotificationKind.FIRST_SESSION_CHECKIN,
            Recipient.tutor("T-" + id, email),
            FirstSessionCheckinMessage.of("Ada", "algebra", Instant.now(), "S-" + id),
            "first-session-checkin:S-" + id,
            "S-" + id,
            "T-" + id);

    assertThat(notifications.record(notice).block()).isTrue();
    assertThat(notifications.record(notice).block()).isFalse();

    web.get()
        .uri(
            u ->
                u.path("/api/admin/notifications")
                    .queryParam("kind", "first_session_checkin")
                    .queryParam("recipient", email.toUpperCase())
                    .build())
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1)
        .jsonPath("$[0].status")
        .isEqualTo("RECORDED")
        .jsonPath("$[0].attempts")
        .isEqualTo(0)
        .jsonPath("$[0].subject")
        .isEqualTo("How did your first session go?")
        .jsonPath("$[0].body")
        .value(body -> assertThat((String) body).startsWith("Hello Ada,"))
        .jsonPath("$[0].bodyHtml")
        .value(html -> assertThat((String) html).contains("<p>Hello Ada,</p>"))
        .jsonPath("$[0].nextAttemptAt")
        .isNotEmpty()
        .jsonPath("$[0].sentAt")
        .isEmpty()
        .jsonPath("$[0].lastError")
        .isEmpty()
        .jsonPath("$[0].recipient.id")
        .isEqualTo("T-" + id)
        .jsonPath("$[0].sessionId")
        .isEqualTo("S-" + id);

    web.get()
        .uri("/api/admin/notifications?recipient=T-" + id + "&kind=FEEDBACK_REMINDER")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(0);

    assertThat(
            db.sql(
                    "SELECT count(*) AS n FROM audit_log WHERE action = 'NOTIFICATIONS_READ'"
                        + " AND details LIKE :d")
                .bind("d", "%recipient=T-" + id + "%")
                .map(r -> r.get("n", Long.class))
                .one()
                .block())
        .isEqualTo(1);
  }

  @Test
  void anUnknownKindOrALimitOutOfRangeIsABadRequest() {
    for (String query : new String[] {"kind=POSTCARD", "limit=0", "limit=501"}) {
      web.get()
          .uri("/api/admin/notifications?" + query)
          .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
          .exchange()
          .expectStatus()
          .isBadRequest();
    }
  }

  @Test
  void onlyAnAdminListsNotices() {
    for (String role : new String[] {"OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT"}) {
      web.get()
          .uri("/api/admin/notifications")
          .headers(h -> h.setBearerAuth(TestTokens.forRoles(role)))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
  }

  @Test
  void anAdminPutsAFailedNoticeBackInTheQueueAndTheRetryIsAudited() {
    String id = record("retry");
    db.sql(
            "UPDATE notifications SET status = 'FAILED', attempts = 5, next_attempt_at = NULL,"
                + " last_error = 'SMTP down' WHERE id = :id")
        .bind("id", UUID.fromString(id))
        .then()
        .block();

    web.post()
        .uri("/api/admin/notifications/{id}/retry", id)
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(id)
        .jsonPath("$.status")
        .isEqualTo("RECORDED")
        .jsonPath("$.attempts")
        .isEqualTo(0)
        .jsonPath("$.nextAttemptAt")
        .isNotEmpty();

    assertThat(
            db.sql(
                    "SELECT count(*) AS n FROM audit_log WHERE action = 'NOTIFICATION_RETRY'"
                        + " AND target_id = :id AND outcome = 'SUCCESS'"
                        + " AND details LIKE '%after 5 attempts: SMTP down%'")
                .bind("id", id)
                .map(r -> r.get("n", Long.class))
                .one()
                .block())
        .isEqualTo(1);

    // Back in the queue (RECORDED): nothing to retry any more.
    web.post()
        .uri("/api/admin/notifications/{id}/retry", id)
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void retryingAnUnknownNoticeIsANotFoundProblem() {
    web.post()
        .uri("/api/admin/notifications/{id}/retry", UUID.randomUUID())
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404);
  }

  @Test
  void onlyAnAdminRetriesANotice() {
    String id = record("retry-denied");
    db.sql("UPDATE notifications SET status = 'FAILED' WHERE id = :id")
        .bind("id", UUID.fromString(id))
        .then()
        .block();
    for (String role : new String[] {"OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT"}) {
      web.post()
          .uri("/api/admin/notifications/{id}/retry", id)
          .headers(h -> h.setBearerAuth(TestTokens.forRoles(role)))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    web.post()
        .uri("/api/admin/notifications/{id}/retry", id)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    assertThat(
            db.sql("SELECT status FROM notifications WHERE id = :id")
                .bind("id", UUID.fromString(id))
                .map(r -> r.get("status", String.class))
                .one()
                .block())
        .isEqualTo("FAILED");
  }

  /** Records a check-in for a fresh tutor; returns the notice's id. */
  private String record(String prefix) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String key = "first-session-checkin:S-" + prefix + "-" + id;
    notifications
        .record(
            new Notice(
                NotificationKind.FIRST_SESSION_CHECKIN,
                Recipient.tutor("T-" + id, prefix + "-" + id + "@example.org"),
                FirstSessionCheckinMessage.of("Ada", "algebra", Instant.now(), "S-" + id),
                key,
                "S-" + id,
                "T-" + id))
        .block();
    return db.sql("SELECT id::text AS id FROM notifications WHERE dedupe_key = :key")
        .bind("key", key)
        .map(r -> r.get("id", String.class))
        .one()
        .block();
  }
}
