package com.tutormax.evaluation.performance.domain;

import com.tutormax.common.events.ChurnDetected.Reason;
import com.tutormax.common.events.TutorLifecycleChanged;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Decides when a tutor has churned, by the PRD's three definitions, and when a churned tutor is
 * back. Called for every newly closed day (held sessions per day = {@code sessionsCompleted}) and
 * every lifecycle event, with the tutor's {@link ChurnState} and closed days (the last 120 are
 * plenty: the longest look-back is {@value #LOW_VOLUME_DAYS} + {@value #BASELINE_DAYS} days).
 *
 * <ul>
 *   <li>{@code RESIGNED}: a resignation lifecycle event, at its instant.
 *   <li>{@code NO_SESSIONS_14_DAYS} ("no sessions for more than 14 consecutive days"): detected on
 *       the {@value #SILENT_DAYS}th consecutive day without a held session, counting only days from
 *       {@code activeSince} on (and from the first day in the history: earlier days are unknown,
 *       not silent).
 *   <li>{@code BELOW_HALF_BASELINE_3_WEEKS}: see {@link LowVolumeRule}.
 * </ul>
 *
 * While churned nothing is detected again. A held session on a day after the churn day reactivates
 * the tutor and starts a new {@code activeSince}; after a low-volume churn, that day's trailing
 * week must also hold at least half the baseline the tutor fell below (the tutor was still holding
 * a few sessions, which alone are no return).
 */
public final class ChurnDetector {

  /** PRD: more than 14 days without a session; the 15th silent day is the detection day. */
  public static final int SILENT_DAYS = 15;

  /** How far back the low-volume rule looks: its 3 weeks and the baseline before them. */
  public static final int LOW_VOLUME_DAYS = LowVolumeRule.WINDOW_DAYS;

  public static final int BASELINE_DAYS = LowVolumeRule.BASELINE_DAYS;

  private ChurnDetector() {}

  /** The decision for {@code day}, which has just closed and is in {@code history} (or held 0). */
  public static ChurnDecision onDayClosed(
      ChurnState state, Collection<DayAggregate> history, LocalDate day) {
    HeldSessions held = new HeldSessions(history);
    if (held.firstDay() == null || day.isBefore(state.activeSince())) {
      return ChurnDecision.none(day);
    }
    if (state.churned()) {
      return isBack(state, held, day) ? ChurnDecision.reactivated(day) : ChurnDecision.none(day);
    }
    // Judge only days we know: from the later of activeSince and the first day in the history.
    LocalDate from =
        state.activeSince().isAfter(held.firstDay()) ? state.activeSince() : held.firstDay();
    if (silentFor(held, from, day)) {
      return churned(Reason.NO_SESSIONS_14_DAYS, held, day, null);
    }
    Double baseline = LowVolumeRule.baselineFallenBelow(held, from, day);
    return baseline == null
        ? ChurnDecision.none(day)
        : churned(Reason.BELOW_HALF_BASELINE_3_WEEKS, held, day, baseline);
  }

  /**
   * A resignation churns an active tutor at once. Other lifecycle changes decide nothing here:
   * inactivity is detected from the sessions themselves, and a return from a held session.
   */
  public static ChurnDecision onLifecycle(
      ChurnState state, TutorLifecycleChanged event, Collection<DayAggregate> history) {
    LocalDate day = EventDay.of(event);
    if (event.change() != TutorLifecycleChanged.Change.RESIGNED || state.churned()) {
      return ChurnDecision.none(day);
    }
    return ChurnDecision.churned(
        Reason.RESIGNED,
        day,
        event.occurredAt(),
        new HeldSessions(history).lastSessionDay(day),
        null);
  }

  /**
   * A held session after the churn day ends a churn (a session earlier on the day a tutor resigned
   * does not), except that low volume also needs a week at half the baseline.
   */
  private static boolean isBack(ChurnState state, HeldSessions held, LocalDate day) {
    if (!day.isAfter(state.churnedOn()) || held.on(day) == 0) {
      return false;
    }
    return state.baselinePerWeek() == null
        || LowVolumeRule.isBackAbove(held, day, state.baselinePerWeek());
  }

  private static ChurnDecision churned(
      Reason reason, HeldSessions held, LocalDate day, Double baselinePerWeek) {
    return ChurnDecision.churned(
        reason, day, EventDay.lastSecondOf(day), held.lastSessionDay(day), baselinePerWeek);
  }

  private static boolean silentFor(HeldSessions held, LocalDate from, LocalDate day) {
    DayRange silence = DayRange.ending(day, SILENT_DAYS);
    return !silence.first().isBefore(from) && held.in(silence) == 0;
  }
}
