package com.tutormax.api.ingest.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The tutors, students and sessions (with their tutor and student) a batch may refer to. */
public record KnownRecords(
    Set<String> tutors, Set<String> students, Map<String, SessionParties> sessions) {

  /** Who a session was between, to check that its feedback names the same people. */
  public record SessionParties(String tutorId, String studentId) {}

  public KnownRecords {
    tutors = Set.copyOf(tutors);
    students = Set.copyOf(students);
    sessions = Map.copyOf(sessions);
  }

  public static KnownRecords none() {
    return new KnownRecords(Set.of(), Set.of(), Map.of());
  }

  /** Both sets of records together. */
  public KnownRecords plus(KnownRecords other) {
    Set<String> allTutors = new HashSet<>(tutors);
    allTutors.addAll(other.tutors);
    Set<String> allStudents = new HashSet<>(students);
    allStudents.addAll(other.students);
    Map<String, SessionParties> allSessions = new HashMap<>(other.sessions);
    allSessions.putAll(sessions);
    return new KnownRecords(allTutors, allStudents, allSessions);
  }
}
