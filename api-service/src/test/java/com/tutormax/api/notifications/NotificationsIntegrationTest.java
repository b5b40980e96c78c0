package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.domain.Message;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A notice is recorded once per dedupe key, and admins (only) list it. */
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
            new Message("How did your first session go?", "Hello"),
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
}
