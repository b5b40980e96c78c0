package com.tutormax.generation.simulation.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorActivityRecorded.Kind;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Everything one tutor does on one simulated day, drawn from that tutor-day's own stream. */
final class TutorDay {

  private static final List<String> TRAINING_MODULES =
      List.of(
          "first-session-essentials",
          "engaging-online-learners",
          "working-with-young-students",
          "rescheduling-etiquette",
          "subject-deep-dive",
          "feedback-and-growth");

  private final long seed;
  private final SimTutor tutor;
  private final int day;
  private final Instant dayStart;
  private final Instant dayEnd;
  private final StudentPool students;
  private final SplittableRandom random;
  private final List<Emission> out;
  private int activityIndex;

  TutorDay(
      long seed,
      SimTutor tutor,
      int day,
      Instant dayStart,
      StudentPool students,
      List<Emission> out) {
    this.seed = seed;
    this.tutor = tutor;
    this.day = day;
    this.dayStart = dayStart;
    this.dayEnd = dayStart.plusSeconds(86_399);
    this.students = students;
    this.random = Randoms.stream(seed, tutor.serial, day);
    this.out = out;
  }

  void run(DayOfWeek weekday) {
    if (tutor.plan != null && tutor.plan.leaveDay() == day) {
      leave();
      return;
    }
    double expected =
        tutor.baselineWeekly / 7.0 * Calendar.dayFactor(weekday) * tutor.activityFactor(day);
    int count = Randoms.poisson(random, expected);
    List<Instant> starts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int hour = Randoms.weighted(random, Calendar.hourWeights(weekday));
      starts.add(dayStart.plusSeconds(hour * 3600L + (random.nextBoolean() ? 1800 : 0)));
    }
    starts.sort(null);
    for (int i = 0; i < starts.size(); i++) {
      session(i, starts.get(i));
    }
    activity();
  }

  private void session(int index, Instant start) {
    SimTutor.Pair pair = choosePair(start);
    SessionFactory.Result result =
        SessionFactory.create(tutor, day, index, start, dayEnd, pair, random);
    var session = result.session();
    if (session.sessionNumber() == 1) {
      book(session, result.plannedMinutes(), pair.studentAge);
    }
    emit(session, "session", session.sessionId(), result.end());
    if (session.tutorRescheduled()) {
      Instant requested =
          session.scheduledStart().minusSeconds((long) (session.rescheduleNoticeHours() * 3600));
      Instant at = requested.isBefore(dayStart) ? dayStart : requested;
      emitActivity(Kind.RESCHEDULE_REQUEST, at, null, null, null, session.rescheduleReason());
    }
    var feedback = result.feedback();
    if (feedback != null) {
      emit(feedback, "feedback", feedback.feedbackId(), feedback.submittedAt());
      boolean lost =
          feedback.workAgain() == FeedbackSubmitted.WorkAgain.NO
              || feedback.workAgain() == FeedbackSubmitted.WorkAgain.PROBABLY_NOT;
      if (lost) {
        tutor.pairs.remove(pair);
      }
    }
  }

  /**
   * A first session's booking, 2 to 26 hours ahead (never before the day's start: earlier days are
   * published already). The lead comes from the session id, not the day's random stream, so adding
   * bookings changed no other event of the world.
   */
  private void book(SessionRecorded session, int plannedMinutes, int studentAge) {
    long leadHours = 2 + Math.floorMod(session.sessionId().hashCode(), 25);
    Instant booked = session.scheduledStart().minusSeconds(leadHours * 3600);
    Instant at = booked.isBefore(dayStart) ? dayStart : booked;
    SessionBooked booking =
        new SessionBooked(
            session.sessionId(),
            session.tutorId(),
            session.studentId(),
            session.sessionNumber(),
            session.scheduledStart(),
            plannedMinutes,
            session.subject(),
            session.sessionType(),
            studentAge,
            at,
            DataSource.SYNTHETIC);
    emit(booking, "booking", session.sessionId(), at);
  }

  /** An existing student most of the time; a new pair (a first session) otherwise. */
  private SimTutor.Pair choosePair(Instant start) {
    int wanted = Math.max(3, tutor.baselineWeekly * 2 / 3);
    double newPairChance =
        tutor.pairs.size() < wanted / 3
            ? 0.6
            : tutor.tenureDays(day) < 60 ? 0.25 : tutor.pairs.size() < wanted ? 0.12 : 0.06;
    if (!tutor.pairs.isEmpty() && !Randoms.chance(random, newPairChance)) {
      return tutor.pairs.get(random.nextInt(tutor.pairs.size()));
    }
    StudentPool.Pick pick = students.pickForNewPair(random, tutor.family);
    SimStudent student = pick.student();
    if (pick.isNew()) {
      StudentRegistered registered =
          new StudentRegistered(
              student.id(),
              student.name(),
              student.age(),
              student.gradeLevel(),
              student.parentalConsent(),
              start.minusSeconds(3600),
              DataSource.SYNTHETIC);
      emit(registered, "student", student.id(), start.minusSeconds(3600));
    }
    SimTutor.Pair pair =
        new SimTutor.Pair(student.id(), student.age(), Randoms.pick(random, tutor.subjects));
    if (tutor.pairs.size() >= wanted) {
      tutor.pairs.remove(random.nextInt(tutor.pairs.size()));
    }
    tutor.pairs.add(pair);
    return pair;
  }

  /** Logins, message responses, availability changes and training, as engagement allows. */
  private void activity() {
    double engagement = tutor.engagementFactor(day);
    double presence = 0.2 + 0.8 * tutor.activityFactor(day);
    double progress = tutor.churnProgress(day);
    int logins = Randoms.poisson(random, 1.6 * engagement * presence);
    for (int i = 0; i < logins; i++) {
      emitActivity(Kind.LOGIN, randomTime(), null, null, null, null);
    }
    int messages = Randoms.poisson(random, 2.5 * presence);
    for (int i = 0; i < messages; i++) {
      double minutes =
          Randoms.clamp(Randoms.logNormal(random, 18 / (engagement * engagement), 0.9), 1, 2880);
      emitActivity(
          Kind.MESSAGE_RESPONSE, randomTime(), Math.round(minutes * 10) / 10.0, null, null, null);
    }
    if (Randoms.chance(random, 0.12 + 0.25 * progress)) {
      double delta =
          progress > 0
              ? -Randoms.between(random, 2, 8)
              : (random.nextBoolean() ? 1 : -1) * Randoms.between(random, 1, 4);
      emitActivity(Kind.AVAILABILITY_CHANGE, randomTime(), null, delta, null, null);
    }
    double trainingChance = tutor.tenureDays(day) < 30 ? 0.15 : 0.02 * engagement;
    if (Randoms.chance(random, trainingChance)) {
      String module = Randoms.pick(random, TRAINING_MODULES);
      emitActivity(Kind.TRAINING_COMPLETED, randomTime(), null, null, module, null);
    }
  }

  private void leave() {
    tutor.leftDay = day;
    ChurnReason reason = tutor.plan.reason();
    TutorLifecycleChanged.Change change =
        reason == ChurnReason.RESIGNATION
            ? TutorLifecycleChanged.Change.RESIGNED
            : TutorLifecycleChanged.Change.INACTIVE;
    String why =
        switch (reason) {
          case RESIGNATION -> "resigned";
          case INACTIVITY -> "no sessions for more than 14 days";
          case LOW_VOLUME -> "below 50% of baseline sessions for 3 weeks";
        };
    Instant at = dayStart.plusSeconds(60);
    emit(
        new TutorLifecycleChanged(tutor.id, change, at, why, DataSource.SYNTHETIC),
        "lifecycle",
        tutor.id + ":" + change + ":" + day,
        at);
  }

  private Instant randomTime() {
    return dayStart.plusSeconds(Randoms.between(random, 7 * 3600, 23 * 3600));
  }

  private void emitActivity(
      Kind kind, Instant at, Double minutes, Double hoursDelta, String module, String detail) {
    String id = Ids.dayRecord('A', day, tutor.serial, activityIndex++);
    emit(
        new TutorActivityRecorded(
            id, tutor.id, kind, at, minutes, hoursDelta, module, detail, DataSource.SYNTHETIC),
        "activity",
        id,
        at);
  }

  private void emit(TutorMaxEvent event, String kind, String recordId, Instant publishAt) {
    out.add(new Emission(event, Ids.event(seed, kind, recordId), publishAt));
  }
}
