package com.tutormax.common.rules;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;

/** What counts as held, late, on time, short notice and a successful first session. */
public final class SessionRules {

  /** A held session that started more than this many minutes late is a late start. */
  public static final int LATE_START_GRACE_MINUTES = 5;

  /** A tutor reschedule with less notice than this is short notice. */
  public static final double SHORT_NOTICE_HOURS = 24;

  /** A first session rated at least this is a success (PRD: "rated >= 4"). */
  public static final int FIRST_SESSION_SUCCESS_RATING = 4;

  /** A first session rated below this is poorly rated (PRD, poor first session: "rating < 3"). */
  public static final int POOR_FIRST_SESSION_RATING = 3;

  /** A held first session started more than this many minutes late counts against the tutor. */
  public static final int FIRST_SESSION_LATE_MINUTES = 10;

  private SessionRules() {}

  /** Held = the session took place; a no-show has no actual start. */
  public static boolean isHeld(SessionRecorded session) {
    return !session.noShow();
  }

  public static boolean isLateStart(SessionRecorded session) {
    return isHeld(session) && session.lateStartMinutes() > LATE_START_GRACE_MINUTES;
  }

  /** On time = held and started within the grace; with late starts it splits the held sessions. */
  public static boolean isOnTime(SessionRecorded session) {
    return isHeld(session) && !isLateStart(session);
  }

  /** A tutor reschedule without a stated notice is not counted as short notice. */
  public static boolean isShortNoticeTutorReschedule(SessionRecorded session) {
    return session.tutorRescheduled()
        && session.rescheduleNoticeHours() != null
        && session.rescheduleNoticeHours() < SHORT_NOTICE_HOURS;
  }

  public static boolean isSuccessfulFirstSession(FeedbackSubmitted feedback) {
    return feedback.firstSession() && isSuccessfulFirstSessionRating(feedback.overallRating());
  }

  public static boolean isPoorlyRatedFirstSession(FeedbackSubmitted feedback) {
    return feedback.firstSession() && feedback.overallRating() < POOR_FIRST_SESSION_RATING;
  }

  /**
   * First-session feedback that would not recommend the tutor, or answers "probably not" or "no" to
   * "would you work with this tutor again?".
   */
  public static boolean isNotRecommendedFirstSession(FeedbackSubmitted feedback) {
    FeedbackSubmitted.WorkAgain again = feedback.workAgain();
    return feedback.firstSession()
        && (!feedback.wouldRecommend()
            || again == FeedbackSubmitted.WorkAgain.PROBABLY_NOT
            || again == FeedbackSubmitted.WorkAgain.NO);
  }

  /** A held first session (session number 1 of the pair) started more than 10 minutes late. */
  public static boolean isLateFirstSession(SessionRecorded session) {
    return isHeld(session)
        && session.sessionNumber() == 1
        && session.lateStartMinutes() > FIRST_SESSION_LATE_MINUTES;
  }

  public static boolean isSuccessfulFirstSessionRating(int rating) {
    return rating >= FIRST_SESSION_SUCCESS_RATING;
  }
}
