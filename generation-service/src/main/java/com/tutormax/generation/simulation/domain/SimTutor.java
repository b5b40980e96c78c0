package com.tutormax.generation.simulation.domain;

import com.tutormax.common.domain.SubjectFamily;
import java.util.ArrayList;
import java.util.List;

/** A simulated tutor: fixed traits drawn at creation plus the state the days change. */
final class SimTutor {

  /** A tutor-student pair and how many sessions it has had. */
  static final class Pair {
    final String studentId;
    final int studentAge;
    final String subject;
    int sessions;

    Pair(String studentId, int studentAge, String subject) {
      this.studentId = studentId;
      this.studentAge = studentAge;
      this.subject = subject;
    }
  }

  final int serial;
  final String id;
  final String name;
  final String email;
  final Archetype archetype;
  final Archetype behaviour;
  final SubjectFamily family;
  final List<String> subjects;
  final int baselineWeekly;
  final int joinDay;
  final double quality;
  final double engagementBase;
  final ChurnPlan plan;
  final List<Pair> pairs = new ArrayList<>();
  Integer leftDay;

  SimTutor(
      int serial,
      String name,
      Archetype archetype,
      Archetype behaviour,
      SubjectFamily family,
      List<String> subjects,
      int baselineWeekly,
      int joinDay,
      double quality,
      double engagementBase,
      ChurnPlan plan) {
    this.serial = serial;
    this.id = Ids.tutor(serial);
    this.name = name;
    this.email = name.toLowerCase().replace(' ', '.') + "." + serial + "@tutors.example.org";
    this.archetype = archetype;
    this.behaviour = behaviour;
    this.family = family;
    this.subjects = subjects;
    this.baselineWeekly = baselineWeekly;
    this.joinDay = joinDay;
    this.quality = quality;
    this.engagementBase = engagementBase;
    this.plan = plan;
  }

  boolean activeOn(int day) {
    return day > joinDay && (leftDay == null || day < leftDay);
  }

  int tenureDays(int day) {
    return day - joinDay;
  }

  double engagementFactor(int day) {
    return plan == null ? 1.0 : plan.engagementFactor(day);
  }

  double activityFactor(int day) {
    double ramp = Math.min(1.0, 0.4 + 0.6 * tenureDays(day) / 30.0);
    return ramp * (plan == null ? 1.0 : plan.activityFactor(day));
  }

  double churnProgress(int day) {
    return plan == null ? 0 : plan.progress(day);
  }
}
