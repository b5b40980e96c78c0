package com.tutormax.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Admins search, export and expire the audit log; nobody rewrites it. */
@ServiceIntegrationTest
class AuditIntegrationTest {

  @Autowired WebTestClient web;
  @Autowired DatabaseClient db;

  private final String admin =
      TestTokens.token(UUID.randomUUID().toString(), Duration.ofMinutes(10), null, "ADMIN");

  private void insert(String action, String target, Instant at) {
    db.sql(
            "INSERT INTO audit_log (at, actor, action, target_type, target_id, outcome, details)"
                + " VALUES (:at, 'tester@tutormax.test', :action, 'user', :target, 'SUCCESS', :details)")
        .bind("at", at)
        .bind("action", action)
        .bind("target", target)
        .bind("details", "=HYPERLINK(\"x\"), with comma")
        .then()
        .block();
  }

  @Test
  void searchFiltersPagesAndIsItselfAudited() {
    String target = UUID.randomUUID().toString();
    for (int i = 0; i < 3; i++) {
      insert("TEST_EVENT", target, Instant.now().minusSeconds(60 - i));
    }
    web.get()
        .uri(
            u ->
                u.path("/api/admin/audit")
                    .queryParam("targetId", target)
                    .queryParam("limit", 2)
                    .build())
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.entries.length()")
        .isEqualTo(2)
        .jsonPath("$.entries[0].action")
        .isEqualTo("TEST_EVENT")
        .jsonPath("$.nextBeforeId")
        .isNumber();
    long searches =
        db.sql(
                "SELECT count(*) AS n FROM audit_log WHERE action = 'AUDIT_SEARCH' AND details LIKE :d")
            .bind("d", "%" + target + "%")
            .map(r -> r.get("n", Long.class))
            .one()
            .block();
    assertThat(searches).isEqualTo(1);
    web.get()
        .uri("/api/admin/audit?limit=0")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isBadRequest();
    web.get()
        .uri("/api/admin/audit")
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void exportIsCsvWithDefusedCellsOrJsonLines() {
    String target = UUID.randomUUID().toString();
    insert("EXPORT_ME", target, Instant.now().minusSeconds(5));
    String csv =
        web.get()
            .uri("/api/admin/audit/export?format=csv&action=EXPORT_ME")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueMatches("Content-Disposition", ".*audit-log.csv")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(csv).startsWith("id,at,actor_id,actor,action");
    assertThat(csv).contains(target).contains("\"'=HYPERLINK(\"\"x\"\"), with comma\"");
    String json =
        web.get()
            .uri("/api/admin/audit/export?format=json&action=EXPORT_ME")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(json).contains("\"targetId\":\"" + target + "\"");
    long exports =
        db.sql("SELECT count(*) AS n FROM audit_log WHERE action = 'AUDIT_EXPORT'")
            .map(r -> r.get("n", Long.class))
            .one()
            .block();
    assertThat(exports).isGreaterThanOrEqualTo(2);
  }

  @Test
  void retentionRemovesOnlyEntriesOlderThanThreeYears() {
    String old = UUID.randomUUID().toString();
    String recent = UUID.randomUUID().toString();
    insert("OLD_EVENT", old, Instant.now().minus(Duration.ofDays(3 * 365 + 2)));
    insert("RECENT_EVENT", recent, Instant.now().minus(Duration.ofDays(3 * 365 - 2)));
    web.post()
        .uri("/api/admin/audit/retention")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deleted")
        .isNumber();
    assertThat(count(old)).isZero();
    assertThat(count(recent)).isEqualTo(1);
  }

  @Test
  void entriesCannotBeRewritten() {
    String target = UUID.randomUUID().toString();
    insert("IMMUTABLE", target, Instant.now());
    assertThatThrownBy(
            () ->
                db.sql("UPDATE audit_log SET outcome = 'FAILURE' WHERE target_id = :t")
                    .bind("t", target)
                    .then()
                    .block())
        .hasMessageContaining("append-only");
  }

  private long count(String target) {
    return db.sql("SELECT count(*) AS n FROM audit_log WHERE target_id = :t")
        .bind("t", target)
        .map(r -> r.get("n", Long.class))
        .one()
        .block();
  }
}
