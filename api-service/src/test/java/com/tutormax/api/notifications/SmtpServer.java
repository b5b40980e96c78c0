package com.tutormax.api.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port fixed for the test class's lifetime, so
 * it can be stopped (the service's sends then fail) and started again where the service expects it.
 */
final class SmtpServer {

  final int port = freePort();
  private GreenMail server;

  synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The messages received for one address since the server last started. */
  synchronized MimeMessage[] receivedBy(String address) {
    return server == null ? new MimeMessage[0] : server.getReceivedMessagesForDomain(address);
  }

  /** A message's parts by content type ("text/plain", "text/html"), decoded. */
  static Map<String, String> textParts(Part part) {
    Map<String, String> parts = new HashMap<>();
    collect(part, parts);
    return parts;
  }

  private static void collect(Part part, Map<String, String> parts) {
    try {
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          collect(child, parts);
        }
      } else if (part.isMimeType("text/plain")) {
        parts.put("text/plain", (String) part.getContent());
      } else if (part.isMimeType("text/html")) {
        parts.put("text/html", (String) part.getContent());
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
