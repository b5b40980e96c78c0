package com.tutormax.api.notifications.domain;

/**
 * Which notices an admin lists, newest first: of a kind (or any), for a recipient (their email or
 * id, or anyone), at most {@code limit} (1 to 500).
 */
public record NotificationQuery(NotificationKind kind, String recipient, int limit) {

  public static final int MAX_LIMIT = 500;

  public NotificationQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (recipient != null && recipient.isBlank()) {
      recipient = null;
    }
  }
}
