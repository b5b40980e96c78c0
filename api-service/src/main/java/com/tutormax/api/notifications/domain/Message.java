package com.tutormax.api.notifications.domain;

/** A notice's subject line and plain-text body. */
public record Message(String subject, String body) {

  static final int MAX_SUBJECT = 200;

  public Message {
    if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
      throw new IllegalArgumentException("a subject of 1 to " + MAX_SUBJECT + " characters");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("a body");
    }
  }
}
