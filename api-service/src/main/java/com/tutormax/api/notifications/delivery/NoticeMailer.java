package com.tutormax.api.notifications.delivery;

import com.tutormax.api.notifications.domain.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Emails one notice exactly as recorded: its subject, and its text and HTML bodies as alternatives
 * (notices recorded before HTML was kept go as text only). Blocking: callers run it off the event
 * loop.
 */
public class NoticeMailer {

  /** Names the notice in every email, so a message can be traced back to its row. */
  public static final String NOTICE_HEADER = "X-TutorMax-Notice";

  private final JavaMailSender sender;
  private final String from;

  public NoticeMailer(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  /** Hands the notice to the SMTP server; throws a MailException if it does not take it. */
  public void send(Notification notice) {
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper message = new MimeMessageHelper(mime, true, "UTF-8");
      message.setFrom(from);
      message.setTo(notice.recipient().email());
      message.setSubject(notice.subject());
      if (notice.bodyHtml() == null) {
        message.setText(notice.body(), false);
      } else {
        message.setText(notice.body(), notice.bodyHtml());
      }
      mime.setHeader(NOTICE_HEADER, notice.id().toString());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(mime);
  }
}
