package com.tutormax.generation.simulation.domain;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Measures a simulated stretch the way the PRD states its numbers. */
final class WorldStatistics {

  int days;
  long sessions;
  long weekdaySessions;
  int weekdays;
  long weekendSessions;
  int weekendDays;
  long reschedules;
  long tutorReschedules;
  long noShows;
  long mondayMorningSessions;
  long mondayMorningNoShows;
  long feedback;
  long completedSessions;
  long students;
  long studentsUnder13;
  long activity;
  long lateStarts;
  final long[] firstSessionsByTenure = new long[3];
  final double[] firstRatingSumByTenure = new double[3];
  long firstSessions;
  long failedFirstSessions;
  final Map<String, String> familyOf = new HashMap<>();
  final Map<String, Instant> joinedAt = new HashMap<>();
  final Map<String, Integer> churnedByFamily = new HashMap<>();
  final Map<String, Long> tutorDaysByFamily = new HashMap<>();
  final Map<String, int[]> sessionsByDay = new HashMap<>();
  final Map<String, double[]> engagementByDay = new HashMap<>();
  final Map<String, int[]> tutorReschedulesByDay = new HashMap<>();
  Instant epoch;
  int horizon;
  int minActive = Integer.MAX_VALUE;
  int maxActive;

  static WorldStatistics of(World world, int days) {
    WorldStatistics stats = new WorldStatistics();
    stats.epoch = world.startOf(0);
    stats.horizon = days;
    for (int d = 0; d < days; d++) {
      DayOfWeek weekday = world.date(world.nextDay()).getDayOfWeek();
      long before = stats.sessions;
      for (Emission emission : world.simulateDay()) {
        stats.add(emission);
      }
      long today = stats.sessions - before;
      if (weekday.getValue() >= 6) {
        stats.weekendSessions += today;
        stats.weekendDays++;
      } else {
        stats.weekdaySessions += today;
        stats.weekdays++;
      }
      int active = world.activeTutors();
      stats.minActive = Math.min(stats.minActive, active);
      stats.maxActive = Math.max(stats.maxActive, active);
      for (TutorTruth truth : world.truth()) {
        if (truth.leftOn() == null) {
          stats.tutorDaysByFamily.merge(truth.subjectFamily(), 1L, Long::sum);
        }
      }
      stats.days++;
    }
    return stats;
  }

  private void add(Emission emission) {
    var event = emission.event();
    if (event instanceof TutorRegistered t) {
      familyOf.put(t.tutorId(), t.subjectFamily());
      joinedAt.put(t.tutorId(), t.joinedAt());
    } else if (event instanceof StudentRegistered s) {
      students++;
      if (s.age() < 13) {
        studentsUnder13++;
      }
    } else if (event instanceof SessionRecorded s) {
      session(s);
    } else if (event instanceof FeedbackSubmitted f) {
      feedback(f);
    } else if (event instanceof TutorActivityRecorded) {
      activity++;
    } else if (event instanceof TutorLifecycleChanged l
        && (l.change() == TutorLifecycleChanged.Change.RESIGNED
            || l.change() == TutorLifecycleChanged.Change.INACTIVE)) {
      churnedByFamily.merge(familyOf.get(l.tutorId()), 1, Integer::sum);
    }
  }

  private void session(SessionRecorded s) {
    sessions++;
    int day = (int) Duration.between(epoch, s.scheduledStart()).toDays();
    sessionsByDay.computeIfAbsent(s.tutorId(), k -> new int[horizon])[day]++;
    engagementByDay.computeIfAbsent(s.tutorId(), k -> new double[horizon])[day] +=
        s.engagementScore();
    if (s.tutorRescheduled()) {
      tutorReschedulesByDay.computeIfAbsent(s.tutorId(), k -> new int[horizon])[day]++;
    }
    if (s.tutorRescheduled() || s.studentRescheduled()) {
      reschedules++;
      if (s.tutorRescheduled()) {
        tutorReschedules++;
      }
    }
    if (s.noShow()) {
      noShows++;
    } else {
      completedSessions++;
    }
    if (s.lateStartMinutes() > 0) {
      lateStarts++;
    }
    var at = s.scheduledStart().atZone(ZoneOffset.UTC);
    if (at.getDayOfWeek() == DayOfWeek.MONDAY && at.getHour() < 12) {
      mondayMorningSessions++;
      if (s.noShow()) {
        mondayMorningNoShows++;
      }
    }
  }

  private void feedback(FeedbackSubmitted f) {
    feedback++;
    if (!f.firstSession()) {
      return;
    }
    firstSessions++;
    if (f.overallRating() < 3) {
      failedFirstSessions++;
    }
    long tenure = Duration.between(joinedAt.get(f.tutorId()), f.submittedAt()).toDays();
    int bucket = tenure < 30 ? 0 : tenure < 180 ? 1 : 2;
    firstSessionsByTenure[bucket]++;
    firstRatingSumByTenure[bucket] += f.overallRating();
  }

  int sessions(String tutor, int fromDay, int toDay) {
    int[] days = sessionsByDay.getOrDefault(tutor, new int[horizon]);
    int sum = 0;
    for (int d = Math.max(0, fromDay); d < Math.min(horizon, toDay); d++) {
      sum += days[d];
    }
    return sum;
  }

  double engagement(String tutor, int fromDay, int toDay) {
    double[] days = engagementByDay.getOrDefault(tutor, new double[horizon]);
    double sum = 0;
    for (int d = Math.max(0, fromDay); d < Math.min(horizon, toDay); d++) {
      sum += days[d];
    }
    int count = sessions(tutor, fromDay, toDay);
    return count == 0 ? Double.NaN : sum / count;
  }

  int tutorReschedules(String tutor, int fromDay, int toDay) {
    int[] days = tutorReschedulesByDay.getOrDefault(tutor, new int[horizon]);
    int sum = 0;
    for (int d = Math.max(0, fromDay); d < Math.min(horizon, toDay); d++) {
      sum += days[d];
    }
    return sum;
  }

  double sessionsPerDay() {
    return sessions / (double) days;
  }

  double weekendToWeekday() {
    return (weekendSessions / (double) weekendDays) / (weekdaySessions / (double) weekdays);
  }

  double rescheduleRate() {
    return reschedules / (double) sessions;
  }

  double tutorShareOfReschedules() {
    return tutorReschedules / (double) reschedules;
  }

  double noShowRate() {
    return noShows / (double) sessions;
  }

  double mondayMorningNoShowRate() {
    return mondayMorningNoShows / (double) mondayMorningSessions;
  }

  double otherNoShowRate() {
    return (noShows - mondayMorningNoShows) / (double) (sessions - mondayMorningSessions);
  }

  double firstSessionFailureRate() {
    return failedFirstSessions / (double) firstSessions;
  }

  double firstRating(int tenureBucket) {
    return firstRatingSumByTenure[tenureBucket] / firstSessionsByTenure[tenureBucket];
  }

  double feedbackRate() {
    return feedback / (double) completedSessions;
  }

  double under13Share() {
    return studentsUnder13 / (double) students;
  }

  /** Churned tutors per active tutor-month of the family. */
  double monthlyChurn(String family) {
    return churnedByFamily.getOrDefault(family, 0)
        / (tutorDaysByFamily.getOrDefault(family, 1L) / 30.0);
  }

  @Override
  public String toString() {
    return String.format(
        "days=%d sessions/day=%.0f weekend/weekday=%.2f reschedule=%.3f tutorShare=%.3f"
            + " noShow=%.3f mondayAM=%.3f other=%.3f late=%.3f feedback=%.2f firstFail=%.3f"
            + " firstByTenure=%.2f/%.2f/%.2f (%d/%d/%d) under13=%.2f students=%d activity/day=%.0f"
            + " active=%d..%d churn STEM=%.3f LANG=%.3f TEST=%.3f",
        days,
        sessionsPerDay(),
        weekendToWeekday(),
        rescheduleRate(),
        tutorShareOfReschedules(),
        noShowRate(),
        mondayMorningNoShowRate(),
        otherNoShowRate(),
        lateStarts / (double) sessions,
        feedbackRate(),
        firstSessionFailureRate(),
        firstRating(0),
        firstRating(1),
        firstRating(2),
        firstSessionsByTenure[0],
        firstSessionsByTenure[1],
        firstSessionsByTenure[2],
        under13Share(),
        students,
        activity / (double) days,
        minActive,
        maxActive,
        monthlyChurn("STEM"),
        monthlyChurn("LANGUAGE_WRITING"),
        monthlyChurn("TEST_PREP"));
  }
}
