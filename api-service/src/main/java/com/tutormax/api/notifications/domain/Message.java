package com.tutormax.api.notifications.domain;

/**
 * A notice as rendered from its kind's templates: the subject line, the plain-text body and the
 * HTML body (the alternative part of the email).
 */
public record Message(String subject, String text, String html) {

  static final int MAX_SUBJECT = 200;

  public Message {
    if (subject == null
        || subject.isBlank()
        || subject.length() > MAX_SUBJECT
        || subject.contains("\n")) {
      throw new IllegalArgumentException("a subject of 1 to " + MAX_SUBJECT + " characters");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a text body");
    }
    if (html == null || html.isBlank()) {
      throw new IllegalArgumentException("an HTML body");
    }
  }
}
