package com.tutormax.api.notes.domain;

/** The rule for a note's text: 1 to 2,000 characters once surrounding blanks are trimmed. */
public final class NoteText {

  public static final int MAX_LENGTH = 2000;

  private NoteText() {}

  /** What is wrong with {@code body}, or null when it is a valid note. */
  public static String problem(String body) {
    if (body == null || body.isBlank()) {
      return "must not be empty";
    }
    if (body.strip().codePointCount(0, body.strip().length()) > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    return null;
  }
}
