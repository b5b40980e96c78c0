package com.tutormax.api.notifications.domain;

/**
 * Where a notice stands: RECORDED (stored, not sent: no mail server is configured yet), SENT or
 * FAILED (issue 10's sender).
 */
public enum NotificationStatus {
  RECORDED,
  SENT,
  FAILED
}
