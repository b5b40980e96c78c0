package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tutormax.api.notifications.config.DeliveryProperties;
import com.tutormax.api.notifications.delivery.NoticeMailer;
import com.tutormax.api.notifications.delivery.NotificationDelivery;
import com.tutormax.api.notifications.domain.FeedbackReminderMessage;
import com.tutormax.api.notifications.domain.FirstSessionCheckinMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.persistence.DeliveryQueue;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.common.testing.TestTokens;
import com.tutormax.testsupport.ServiceIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Notices emailed through a real SMTP server in the test JVM (GreenMail) and read back from it. The
 * context's delivery worker runs every 200 ms with short retry waits; the context is closed after
 * the class, so its worker sends nothing the other tests record.
 */
@ServiceIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationDeliveryIntegrationTest {

  private static final SmtpServer SMTP = new SmtpServer();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    SMTP.start();
    registry.add("tutormax.notifications.smtp.host", () -> "127.0.0.1");
    registry.add("tutormax.notifications.smtp.port", () -> SMTP.port);
    registry.add("tutormax.notifications.smtp.use-tls", () -> "false");
    registry.add("tutormax.notifications.smtp.timeout", () -> "3s");
    registry.add("tutormax.notifications.smtp.from", () -> "TutorMax <notices@tutormax.test>");
    registry.add("tutormax.notifications.delivery.interval", () -> "200ms");
    registry.add("tutormax.notifications.delivery.max-attempts", () -> "3");
    registry.add("tutormax.notifications.delivery.first-retry-after", () -> "300ms");
    registry.add("tutormax.notifications.delivery.max-retry-after", () -> "1s");
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Autowired WebTestClient web;
  @Autowired NotificationService notifications;
  @Autowired DeliveryQueue queue;
  @Autowired NoticeMailer mailer;
  @Autowired DeliveryProperties properties;
  @Autowired DatabaseClient db;

  @BeforeEach
  void smtpIsUp() {
    SMTP.start();
  }

  @Test
  void aRecordedNoticeIsEmailedWithItsSubjectTextAndHtml() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String email = "tutor-" + id + "@example.org";
    record(checkin(id, email, "Ada <Lovelace>"));

    MimeMessage message = awaitOneMessage(email);

    Map<String, Object> row = row("first-session-checkin:S-" + id);
    assertThat(message.getSubject()).isEqualTo("How did your first session go?");
    assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
    assertThat(message.getFrom()[0].toString()).isEqualTo("TutorMax <notices@tutormax.test>");
    assertThat(message.getHeader("X-TutorMax-Notice")).containsExactly(row.get("id").toString());
    Map<String, String> parts = SmtpServer.textParts(message);
    // SMTP carries lines ending in CRLF.
    assertThat(crlfToLf(parts.get("text/plain")).strip()).isEqualTo(row.get("body"));
    assertThat(crlfToLf(parts.get("text/html")).strip())
        .isEqualTo(((String) row.get("body_html")).strip());
    assertThat(parts.get("text/html")).contains("Hello Ada &lt;Lovelace&gt;,");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(row("first-session-checkin:S-" + id).get("status")).isEqualTo("SENT"));
    Map<String, Object> sent = row("first-session-checkin:S-" + id);
    assertThat(sent.get("attempts")).isEqualTo(1);
    assertThat(sent.get("sent_at")).isNotNull();
    assertThat(sent.get("next_attempt_at")).isNull();
  }

  @Test
  void aNoticeWithNoEmailAddressIsNeverSentNorRetried() throws InterruptedException {
    String id = UUID.randomUUID().toString().substring(0, 8);
    record(
        new Notice(
            NotificationKind.FEEDBACK_REMINDER,
            Recipient.student("ST-" + id),
            FeedbackReminderMessage.of(
                "ST-" + id,
                "algebra",
                Instant.now(),
                "https://tutormax.test/f/x",
                Instant.now().plusSeconds(3600)),
            "feedback-reminder:S-" + id,
            "S-" + id,
            "T-" + id));

    Thread.sleep(1500); // several worker rounds

    Map<String, Object> row = row("feedback-reminder:S-" + id);
    assertThat(row.get("status")).isEqualTo("RECORDED");
    assertThat(row.get("attempts")).isEqualTo(0);
    assertThat(row.get("next_attempt_at")).isNull();
  }

  @Test
  void aFailingServerIsRetriedWithBackoffUntilFailedAndAnAdminRetryDeliversIt() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String email = "down-" + id + "@example.org";
    String key = "first-session-checkin:S-" + id;
    SMTP.stop();
    record(checkin(id, email, "Bo"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(row(key).get("status")).isEqualTo("FAILED"));
    Map<String, Object> failed = row(key);
    assertThat(failed.get("attempts")).isEqualTo(3);
    assertThat(failed.get("next_attempt_at")).isNull();
    assertThat(failed.get("sent_at")).isNull();
    assertThat((String) failed.get("last_error")).isNotBlank().containsIgnoringCase("connect");
    // Three attempts with waits of 300 ms and then 600 ms between them.
    Duration tried =
        Duration.between(instant(failed.get("created_at")), instant(failed.get("last_attempt_at")));
    assertThat(tried).isGreaterThanOrEqualTo(Duration.ofMillis(900));

    SMTP.start();
    // FAILED stays FAILED: nothing is sent until an admin asks.
    assertThat(SMTP.receivedBy(email)).isEmpty();
    web.post()
        .uri("/api/admin/notifications/{id}/retry", failed.get("id"))
        .headers(h -> h.setBearerAuth(TestTokens.forRoles("ADMIN")))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(awaitOneMessage(email)).isNotNull();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(row(key).get("status")).isEqualTo("SENT"));
    assertThat(row(key).get("attempts")).isEqualTo(1);
  }

  @Test
  void workersRacingForTheSameNoticesSendEachExactlyOnce() throws InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = run + "-" + i;
      String email = "race-" + id + "@example.org";
      emails.add(email);
      record(checkin(id, email, "Tutor " + i));
    }

    // Two more workers, small batches, besides the context's own; all claim from the same queue.
    DeliveryProperties small =
        new DeliveryProperties(
            properties.interval(),
            3,
            properties.maxAttempts(),
            properties.firstRetryAfter(),
            properties.maxRetryAfter(),
            properties.claimLease(),
            properties.staleAfter());
    NotificationDelivery first = new NotificationDelivery(queue, mailer, small, Clock.systemUTC());
    NotificationDelivery second = new NotificationDelivery(queue, mailer, small, Clock.systemUTC());
    Flux.merge(
            first.drain().subscribeOn(Schedulers.parallel()),
            second.drain().subscribeOn(Schedulers.parallel()),
            first.drain().subscribeOn(Schedulers.parallel()),
            second.drain().subscribeOn(Schedulers.parallel()))
        .blockLast(Duration.ofSeconds(60));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        new Fixtures(db)
                            .count(
                                "SELECT count(*) AS n FROM notifications WHERE dedupe_key LIKE"
                                    + " 'first-session-checkin:S-"
                                    + run
                                    + "-%' AND status = 'SENT' AND attempts = 1"))
                    .isEqualTo(30));
    Thread.sleep(500); // a duplicate would have arrived by now
    for (String email : emails) {
      assertThat(SMTP.receivedBy(email)).as(email).hasSize(1);
    }
  }

  private static String crlfToLf(String text) {
    return text.replace("\r\n", "\n");
  }

  private static Instant instant(Object timestamp) {
    return ((OffsetDateTime) timestamp).toInstant();
  }

  private MimeMessage awaitOneMessage(String email) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(SMTP.receivedBy(email)).hasSize(1));
    return SMTP.receivedBy(email)[0];
  }

  private void record(Notice notice) {
    assertThat(notifications.record(notice).block()).isTrue();
  }

  private static Notice checkin(String id, String email, String tutorName) {
    return new Notice(
        NotificationKind.FIRST_SESSION_CHECKIN,
        Recipient.tutor("T-" + id, email),
        FirstSessionCheckinMessage.of(tutorName, "algebra", Instant.now(), "S-" + id),
        "first-session-checkin:S-" + id,
        "S-" + id,
        "T-" + id);
  }

  private Map<String, Object> row(String dedupeKey) {
    return db.sql(
            "SELECT id, body, body_html, status, attempts, created_at, next_attempt_at,"
                + " last_attempt_at, sent_at, last_error FROM notifications"
                + " WHERE dedupe_key = :key")
        .bind("key", dedupeKey)
        .fetch()
        .one()
        .block();
  }
}
