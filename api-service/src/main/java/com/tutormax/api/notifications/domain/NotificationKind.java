package com.tutormax.api.notifications.domain;

/** What a notice is about; one message class builds each kind's text. */
public enum NotificationKind {
  FEEDBACK_REMINDER,
  FIRST_SESSION_CHECKIN,
  MANAGER_WEEKLY_DIGEST,
  INTERVENTION_OVERDUE,
  INTERVENTION_ASSIGNED,
  INTERVENTION_DUE_SOON
}
