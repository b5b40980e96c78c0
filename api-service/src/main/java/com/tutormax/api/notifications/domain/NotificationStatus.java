package com.tutormax.api.notifications.domain;

/**
 * Where a notice stands.
 *
 * <ul>
 *   <li>RECORDED: stored and not sent. Queued for sending when it has a next attempt time (it has
 *       an email address); with no SMTP server configured it stays so, and admins read it. A notice
 *       with no email address (students have none) is never queued and stays RECORDED.
 *   <li>SENDING: a delivery worker claimed it and is sending it (a lease: if the worker dies, the
 *       notice is taken up again when the lease ends).
 *   <li>SENT: the SMTP server accepted it ({@code sentAt}).
 *   <li>FAILED: every attempt failed ({@code lastError}); an admin may put it back in the queue.
 * </ul>
 */
public enum NotificationStatus {
  RECORDED,
  SENDING,
  SENT,
  FAILED
}
