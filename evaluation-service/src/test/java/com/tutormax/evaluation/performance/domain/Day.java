package com.tutormax.evaluation.performance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link DayAggregate} from its counters directly, for metric and churn tests. */
final class Day {

  private final LocalDate day;
  private int scheduled;
  private int held;
  private int noShows;
  private int tutorReschedules;
  private int lateStarts;
  private int onTime;
  private int firstSessions;
  private int firstSuccessful;
  private double engagementSum;
  private int objectivesMet;
  private int technicalIssues;
  private int logins;
  private final List<Double> responses = new ArrayList<>();
  private int availabilityChanges;
  private int trainingCompletions;

  private Day(LocalDate day) {
    this.day = day;
  }

  static Day on(LocalDate day) {
    return new Day(day);
  }

  /** A day with {@code held} held, on-time sessions and nothing else. */
  static DayAggregate held(LocalDate day, int held) {
    return on(day).sessions(held, held, 0).build();
  }

  Day sessions(int scheduled, int held, int noShows) {
    this.scheduled = scheduled;
    this.held = held;
    this.noShows = noShows;
    this.onTime = held - lateStarts;
    return this;
  }

  Day tutorReschedules(int n) {
    tutorReschedules = n;
    return this;
  }

  Day lateStarts(int n) {
    lateStarts = n;
    onTime = held - n;
    return this;
  }

  Day firstSessions(int rated, int successful) {
    firstSessions = rated;
    firstSuccessful = successful;
    return this;
  }

  Day engagementSum(double sum) {
    engagementSum = sum;
    return this;
  }

  Day objectivesMet(int n) {
    objectivesMet = n;
    return this;
  }

  Day technicalIssues(int n) {
    technicalIssues = n;
    return this;
  }

  Day logins(int n) {
    logins = n;
    return this;
  }

  Day responses(double... minutes) {
    for (double m : minutes) {
      responses.add(m);
    }
    return this;
  }

  Day availabilityChanges(int n) {
    availabilityChanges = n;
    return this;
  }

  Day trainingCompletions(int n) {
    trainingCompletions = n;
    return this;
  }

  DayAggregate build() {
    double responseSum = 0;
    for (double m : responses) {
      responseSum += m;
    }
    return new DayAggregate(
        Events.TUTOR,
        day,
        scheduled,
        held,
        noShows,
        tutorReschedules,
        0,
        lateStarts,
        onTime,
        firstSessions,
        firstSuccessful,
        0,
        0,
        engagementSum,
        objectivesMet,
        technicalIssues,
        logins,
        responses.size(),
        responseSum,
        responses,
        availabilityChanges,
        0,
        trainingCompletions,
        List.of(),
        0,
        0,
        0);
  }
}
