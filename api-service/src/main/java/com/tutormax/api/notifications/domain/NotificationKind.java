package com.tutormax.api.notifications.domain;

/** What a notice is about; one message class builds each kind's text. */
public enum NotificationKind {
  FEEDBACK_REMINDER,
  FIRST_SESSION_CHECKIN,
  MANAGER_WEEKLY_DIGEST,
  INTERVENTION_OVERDUE,
  INTERVENTION_ASSIGNED,
  INTERVENTION_DUE_SOON,
  /** A1: tips for the metrics below threshold, to the tutor. */
  COACHING_TIPS,
  /** A2: a training module for a skill gap, to the tutor. */
  TRAINING_ASSIGNMENT,
  /** A4: the tutor's reschedule pattern, to the tutor. */
  RESCHEDULE_ALERT,
  /** A5: preparation for a booked first session, to the tutor. */
  FIRST_SESSION_PREP
}
