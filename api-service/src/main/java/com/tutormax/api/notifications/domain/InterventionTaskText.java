package com.tutormax.api.notifications.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The values that describe an intervention task, shared by the task notices' models. */
final class InterventionTaskText {

  private InterventionTaskText() {}

  static Map<String, Object> values(
      String interventionId,
      String tutorId,
      String interventionType,
      String priority,
      String reason,
      Instant dueAt) {
    Map<String, Object> values = new HashMap<>();
    values.put("interventionId", interventionId);
    values.put("tutorId", tutorId);
    // The subject line holds 200 characters.
    values.put("tutorIdShort", truncate(tutorId, 120));
    values.put("interventionType", interventionType);
    values.put("priority", priority == null ? "" : priority);
    values.put("reason", reason == null || reason.isBlank() ? "-" : reason);
    values.put("dueAt", dueAt == null ? "-" : FeedbackReminderMessage.WHEN.format(dueAt));
    return values;
  }

  static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
