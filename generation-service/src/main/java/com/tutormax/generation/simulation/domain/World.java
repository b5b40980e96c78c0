package com.tutormax.generation.simulation.domain;

import com.tutormax.common.events.DataSource;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorRegistered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated marketplace, stepped one UTC day at a time. Pure and deterministic: the same
 * settings give the same events in the same order, so a restarted generator rebuilds its state by
 * re-simulating (without publishing) up to its checkpoint and re-emits identical events.
 */
public final class World {

  private final WorldSettings settings;
  private final TutorFactory factory;
  private final List<SimTutor> tutors = new ArrayList<>();
  private final StudentPool students = new StudentPool();
  private int nextDay;

  public World(WorldSettings settings) {
    this.settings = settings;
    this.factory = new TutorFactory(settings);
    for (int serial = 1; serial <= settings.initialTutors(); serial++) {
      tutors.add(factory.initial(serial));
    }
  }

  public WorldSettings settings() {
    return settings;
  }

  /** The next day {@link #simulateDay} will produce. */
  public int nextDay() {
    return nextDay;
  }

  public LocalDate date(int day) {
    return settings.epoch().plusDays(day);
  }

  public Instant startOf(int day) {
    return date(day).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Simulates the next day and returns its events ordered by the instant they may be published. */
  public List<Emission> simulateDay() {
    int day = nextDay++;
    Instant dayStart = startOf(day);
    List<Emission> out = new ArrayList<>(8192);
    if (day == 0) {
      for (SimTutor tutor : tutors) {
        register(tutor, tutorJoinedAt(tutor), dayStart, out);
      }
    }
    join(day, dayStart, out);
    for (SimTutor tutor : tutors) {
      if (tutor.activeOn(day)) {
        new TutorDay(settings.seed(), tutor, day, dayStart, students, out)
            .run(date(day).getDayOfWeek());
      }
    }
    out.sort(Comparator.comparing(Emission::publishAt));
    return out;
  }

  public int activeTutors() {
    int active = 0;
    for (SimTutor tutor : tutors) {
      if (tutor.leftDay == null) {
        active++;
      }
    }
    return active;
  }

  public int studentCount() {
    return students.size();
  }

  /** What every tutor created so far was made to be, for measuring predictions. */
  public List<TutorTruth> truth() {
    List<TutorTruth> truth = new ArrayList<>(tutors.size());
    for (SimTutor t : tutors) {
      truth.add(
          new TutorTruth(
              t.id,
              t.archetype,
              t.behaviour,
              t.family.name(),
              date(t.joinDay),
              t.plan == null ? null : date(t.plan.declineStart()),
              t.plan == null ? null : date(t.plan.leaveDay()),
              t.plan == null ? null : t.plan.reason(),
              t.leftDay == null ? null : date(t.leftDay)));
    }
    return truth;
  }

  /**
   * New tutors keep the roster near its target: about the expected daily churn, plus a pull towards
   * the target when the roster has shrunk below it.
   */
  private void join(int day, Instant dayStart, List<Emission> out) {
    if (day == 0) {
      return;
    }
    SplittableRandom random = Randoms.stream(settings.seed(), -1, day);
    double expectedDailyChurn = settings.targetActiveTutors() * 0.12 / 30;
    double rate =
        Math.max(0, expectedDailyChurn + 0.1 * (settings.targetActiveTutors() - activeTutors()));
    int joiners = Randoms.poisson(random, rate);
    for (int i = 0; i < joiners; i++) {
      SimTutor tutor = factory.joiner(tutors.size() + 1, day);
      tutors.add(tutor);
      Instant joinedAt = dayStart.plusSeconds(Randoms.between(random, 8, 18) * 3600L);
      register(tutor, joinedAt, joinedAt, out);
    }
  }

  private Instant tutorJoinedAt(SimTutor tutor) {
    return startOf(tutor.joinDay).plusSeconds(9 * 3600);
  }

  private void register(SimTutor tutor, Instant joinedAt, Instant publishAt, List<Emission> out) {
    TutorRegistered registered =
        new TutorRegistered(
            tutor.id,
            tutor.name,
            tutor.email,
            tutor.subjects,
            tutor.family.name(),
            tutor.baselineWeekly,
            joinedAt,
            DataSource.SYNTHETIC);
    out.add(new Emission(registered, Ids.event(settings.seed(), "tutor", tutor.id), publishAt));
    TutorLifecycleChanged joined =
        new TutorLifecycleChanged(
            tutor.id, TutorLifecycleChanged.Change.JOINED, joinedAt, null, DataSource.SYNTHETIC);
    out.add(
        new Emission(
            joined, Ids.event(settings.seed(), "lifecycle", tutor.id + ":JOINED"), publishAt));
  }
}
