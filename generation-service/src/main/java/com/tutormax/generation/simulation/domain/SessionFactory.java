package com.tutormax.generation.simulation.domain;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.FeedbackSubmitted.WorkAgain;
import com.tutormax.common.events.SessionRecorded;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One session and the student's feedback on it. Every behavioural rule of a session lives here:
 * reschedules (mostly tutor-initiated), Monday-morning no-shows, late starts, engagement, first
 * sessions rated better as tenure grows, and what a churn path does to all of them.
 */
final class SessionFactory {

  static final double TUTOR_SHARE_OF_RESCHEDULES = 0.982;
  static final double BASE_NO_SHOW = 0.02;
  static final double MONDAY_MORNING_NO_SHOW_FACTOR = 3.5;
  static final double BASE_LATE_START = 0.07;
  static final double TECHNICAL_ISSUES = 0.035;
  static final double GROUP_SHARE = 0.12;

  private static final int[] DURATIONS = {30, 45, 60, 90};
  private static final double[] DURATION_WEIGHTS = {20, 25, 45, 10};
  private static final List<String> TUTOR_REASONS =
      List.of(
          "schedule conflict",
          "illness",
          "personal emergency",
          "double-booked",
          "technical problems",
          "other work commitment");
  private static final List<String> STUDENT_REASONS =
      List.of("exam schedule", "family event", "illness", "extracurricular activity");

  /** Probability that a session of this family is rescheduled by someone, before multipliers. */
  static double familyReschedule(SubjectFamily family) {
    return switch (family) {
      case STEM -> 0.026;
      case LANGUAGE_WRITING -> 0.018;
      case TEST_PREP -> 0.021;
    };
  }

  /**
   * The first-session rating shift: strongly negative for a brand-new tutor, rising with tenure.
   */
  static double firstSessionEffect(int tenureDays, SubjectFamily family) {
    double languagePenalty = family == SubjectFamily.LANGUAGE_WRITING ? 0.3 : 0;
    return 0.35 * Math.log(1 + Math.max(0, tenureDays) / 60.0) - 1.25 - languagePenalty;
  }

  /** The session, its feedback (or null), when it ended, and how long it was booked for. */
  record Result(
      SessionRecorded session, FeedbackSubmitted feedback, Instant end, int plannedMinutes) {}

  static Result create(
      SimTutor tutor,
      int day,
      int index,
      Instant scheduledStart,
      Instant dayEnd,
      SimTutor.Pair pair,
      SplittableRandom random) {
    DayOfWeek weekday = scheduledStart.atZone(java.time.ZoneOffset.UTC).getDayOfWeek();
    int hour = scheduledStart.atZone(java.time.ZoneOffset.UTC).getHour();
    double progress = tutor.churnProgress(day);
    double engagementFactor = tutor.engagementFactor(day);

    boolean rescheduled =
        Randoms.chance(
            random,
            familyReschedule(tutor.family)
                * tutor.behaviour.rescheduleFactor()
                * (tutor.plan == null ? 1 : tutor.plan.rescheduleFactor(day)));
    boolean byTutor = rescheduled && Randoms.chance(random, TUTOR_SHARE_OF_RESCHEDULES);
    boolean byStudent = rescheduled && !byTutor;
    Double noticeHours = null;
    String reason = null;
    if (rescheduled) {
      double median = byTutor ? 10 * (1 - 0.6 * progress) : 30;
      noticeHours =
          Math.round(Randoms.clamp(Randoms.logNormal(random, median, 1.0), 0.5, 168) * 10) / 10.0;
      reason = Randoms.pick(random, byTutor ? TUTOR_REASONS : STUDENT_REASONS);
    }

    double noShowChance =
        BASE_NO_SHOW
            * tutor.behaviour.unreliabilityFactor()
            * (Calendar.isMondayMorning(weekday, hour) ? MONDAY_MORNING_NO_SHOW_FACTOR : 1)
            * (1 + 1.5 * progress);
    boolean noShow = Randoms.chance(random, noShowChance);
    int late = 0;
    if (!noShow
        && Randoms.chance(
            random, BASE_LATE_START * tutor.behaviour.unreliabilityFactor() * (1 + progress))) {
      late = Math.min(45, 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 5));
    }
    int planned = DURATIONS[Randoms.weighted(random, DURATION_WEIGHTS)];
    int duration = noShow ? 0 : Math.max(10, planned - late);
    Instant actualStart = noShow ? null : scheduledStart.plusSeconds(late * 60L);
    Instant end =
        (noShow
            ? scheduledStart.plusSeconds(planned * 60L)
            : actualStart.plusSeconds(duration * 60L));
    if (end.isAfter(dayEnd)) {
      // Keep the whole session inside its day: move it earlier by the overflow.
      Duration overflow = Duration.between(dayEnd, end).plusMinutes(1);
      scheduledStart = scheduledStart.minus(overflow);
      actualStart = actualStart == null ? null : actualStart.minus(overflow);
      end = end.minus(overflow);
    }
    double engagement =
        noShow
            ? 0
            : Math.round(
                    Randoms.clamp(
                            Randoms.gaussian(random, tutor.engagementBase * engagementFactor, 0.08),
                            0,
                            1)
                        * 100)
                / 100.0;
    boolean objectivesMet =
        !noShow && Randoms.chance(random, Randoms.clamp(0.2 + 0.85 * engagement, 0, 0.97));
    boolean technical = !noShow && Randoms.chance(random, TECHNICAL_ISSUES);
    boolean first = pair.sessions == 0;
    boolean group = Randoms.chance(random, GROUP_SHARE);
    pair.sessions++;

    SessionRecorded session =
        new SessionRecorded(
            Ids.dayRecord('S', day, tutor.serial, index),
            tutor.id,
            pair.studentId,
            pair.sessions,
            scheduledStart,
            actualStart,
            duration,
            pair.subject,
            group ? SessionRecorded.SessionType.GROUP : SessionRecorded.SessionType.ONE_ON_ONE,
            byTutor,
            byStudent,
            noticeHours,
            reason,
            noShow,
            late,
            engagement,
            objectivesMet,
            technical,
            DataSource.SYNTHETIC);
    FeedbackSubmitted feedback =
        noShow || !Randoms.chance(random, first ? 0.9 : 0.8)
            ? null
            : feedback(tutor, day, index, session, first, end, dayEnd, engagementFactor, random);
    return new Result(session, feedback, end, planned);
  }

  private static FeedbackSubmitted feedback(
      SimTutor tutor,
      int day,
      int index,
      SessionRecorded session,
      boolean first,
      Instant end,
      Instant dayEnd,
      double engagementFactor,
      SplittableRandom random) {
    double latent =
        tutor.quality
            + (first ? firstSessionEffect(tutor.tenureDays(day), tutor.family) : 0.1)
            - 0.9 * (1 - engagementFactor)
            - (session.lateStartMinutes() > 5 ? 0.4 : 0)
            - (session.technicalIssues() ? 0.5 : 0)
            + 1.5 * (session.engagementScore() - tutor.engagementBase)
            + Randoms.gaussian(random, 0, tutor.family == SubjectFamily.TEST_PREP ? 0.85 : 0.6);
    int overall = rating(latent);
    WorkAgain workAgain = first ? workAgain(overall, random) : null;
    List<String> areas = new ArrayList<>();
    if (workAgain == WorkAgain.NO || workAgain == WorkAgain.PROBABLY_NOT) {
      if (session.lateStartMinutes() > 0) {
        areas.add("late");
      }
      if (session.technicalIssues()) {
        areas.add("technical_issues");
      }
      List<String> others = List.of("unprepared", "unclear", "not_patient");
      String extra = Randoms.pick(random, others);
      if (areas.isEmpty() || Randoms.chance(random, 0.4)) {
        areas.add(extra);
      }
    }
    Instant submitted = end.plusSeconds(60L * Randoms.between(random, 5, 180));
    if (submitted.isAfter(dayEnd)) {
      submitted = dayEnd;
    }
    return new FeedbackSubmitted(
        Ids.dayRecord('F', day, tutor.serial, index),
        session.sessionId(),
        tutor.id,
        session.studentId(),
        overall,
        rating(overall + Randoms.gaussian(random, 0.1, 0.5)),
        rating(overall + Randoms.gaussian(random, 0, 0.5)),
        rating(overall + Randoms.gaussian(random, 0.1, 0.5)),
        rating(overall + Randoms.gaussian(random, -0.1, 0.5)),
        rating(overall + Randoms.gaussian(random, 0, 0.5)),
        overall >= 4 || (overall == 3 && Randoms.chance(random, 0.3)),
        first,
        workAgain,
        List.copyOf(areas),
        Randoms.chance(random, 0.25) ? FreeText.forRating(overall, random) : null,
        submitted,
        DataSource.SYNTHETIC);
  }

  private static int rating(double latent) {
    return (int) Randoms.clamp(Math.round(latent), 1, 5);
  }

  private static WorkAgain workAgain(int overall, SplittableRandom random) {
    return switch (overall) {
      case 5 -> WorkAgain.YES;
      case 4 -> Randoms.chance(random, 0.8) ? WorkAgain.YES : WorkAgain.MAYBE;
      case 3 -> Randoms.chance(random, 0.5) ? WorkAgain.MAYBE : WorkAgain.PROBABLY_NOT;
      case 2 -> Randoms.chance(random, 0.5) ? WorkAgain.PROBABLY_NOT : WorkAgain.NO;
      default -> WorkAgain.NO;
    };
  }
}
