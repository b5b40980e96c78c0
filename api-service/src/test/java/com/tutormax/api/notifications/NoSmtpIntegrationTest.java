package com.tutormax.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.delivery.DeliveryWorker;
import com.tutormax.api.notifications.delivery.NotificationDelivery;
import com.tutormax.api.notifications.domain.FirstSessionCheckinMessage;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.r2dbc.core.DatabaseClient;

/** A local run (no SMTP_HOST): no sender, no worker; a notice is recorded and stays RECORDED. */
@ServiceIntegrationTest
class NoSmtpIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired NotificationService notifications;
  @Autowired DatabaseClient db;

  @Test
  void withNoSmtpServerNothingIsSentAndTheNoticeStaysRecorded() throws InterruptedException {
    assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
    assertThat(context.getBeanNamesForType(NotificationDelivery.class)).isEmpty();
    assertThat(context.getBeanNamesForType(DeliveryWorker.class)).isEmpty();

    String id = UUID.randomUUID().toString().substring(0, 8);
    String key = "first-session-checkin:S-local-" + id;
    assertThat(
            notifications
                .record(
                    new Notice(
                        NotificationKind.FIRST_SESSION_CHECKIN,
                        Recipient.tutor("T-" + id, "local-" + id + "@example.org"),
                        FirstSessionCheckinMessage.of("Ada", "algebra", Instant.now(), "S-" + id),
                        key,
                        "S-" + id,
                        "T-" + id))
                .block())
        .isTrue();

    // Longer than a delivery interval would be in the delivery tests.
    Thread.sleep(1500);

    Fixtures f = new Fixtures(db);
    assertThat(f.string("SELECT status FROM notifications WHERE dedupe_key = '" + key + "'"))
        .isEqualTo("RECORDED");
    assertThat(
            f.count(
                "SELECT count(*) AS n FROM notifications WHERE dedupe_key = '"
                    + key
                    + "' AND attempts = 0 AND last_attempt_at IS NULL AND sent_at IS NULL"))
        .isEqualTo(1);
  }
}
