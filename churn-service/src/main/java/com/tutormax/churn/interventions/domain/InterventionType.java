package com.tutormax.churn.interventions.domain;

import java.time.Duration;

/**
 * The PRD's interventions: automated actions (A1–A4 and the first-session preparation reminder, run
 * at once and logged) and human-reviewed tasks (H1–H5, with an owner and an SLA). {@code cooldown}:
 * the least time between two recommendations of the type for one tutor; {@code sla}: how long a
 * human task may wait for action (null for automated ones).
 */
public enum InterventionType {
  A1_COACHING_TIPS(true, Duration.ofDays(7), null, "Coaching tips email"),
  A2_TRAINING_MODULE(true, Duration.ofDays(7), null, "Training module assignment"),
  A3_FIRST_SESSION_CHECK_IN(true, Duration.ofHours(20), null, "First-session check-in survey"),
  A4_RESCHEDULE_ALERT(true, Duration.ZERO, null, "Reschedule pattern alert"),
  /** Before a first session the first-session model finds risky (> 50%); one per session. */
  A5_FIRST_SESSION_PREP(true, Duration.ZERO, null, "First-session preparation reminder"),
  H1_MANAGER_COACHING(false, Duration.ofDays(7), Duration.ofHours(48), "Manager coaching session"),
  H2_PEER_MENTORING(false, Duration.ofDays(28), Duration.ofDays(5), "Peer mentoring (4 weeks)"),
  H3_PERFORMANCE_PLAN(
      false, Duration.ofDays(30), Duration.ofHours(48), "Performance improvement plan"),
  H4_RETENTION_INTERVIEW(false, Duration.ofDays(14), Duration.ofHours(48), "Retention interview"),
  H5_RECOGNITION(false, Duration.ofDays(90), Duration.ofDays(7), "Recognition");

  /** The longest a human task of a critical tutor may wait (PRD: < 24 h to action). */
  public static final Duration CRITICAL_SLA = Duration.ofHours(24);

  private final boolean automated;
  private final Duration cooldown;
  private final Duration sla;
  private final String title;

  InterventionType(boolean automated, Duration cooldown, Duration sla, String title) {
    this.automated = automated;
    this.cooldown = cooldown;
    this.sla = sla;
    this.title = title;
  }

  public boolean automated() {
    return automated;
  }

  public Duration cooldown() {
    return cooldown;
  }

  /** The SLA of a human task (null for an automated action). */
  public Duration sla() {
    return sla;
  }

  public String title() {
    return title;
  }
}
